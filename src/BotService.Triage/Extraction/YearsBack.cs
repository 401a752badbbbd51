using System.Globalization;

namespace BotService.Triage.Extraction;

/// <summary>
/// The person's own past, years back ("I had a concussion playing rugby in 2015", "as a child I stepped on a rusty
/// nail"): an injury, wound or journey then is not one now. Judged one event at a time (<see cref="PastEvents"/>). An
/// event that names any sign the lexicon knows, says anything in the present or since, a time of today, a comparison
/// ("like when i was a kid"), a birth year or a diagnosis (which lasts) is read as usual: a sign is never set aside
/// for its year, since "i had a tia 3 years ago my face dropped" may be two sentences without a full stop.
/// </summary>
internal static class YearsBack
{
    private static readonly PrefilteredRegex Said = new(Pattern.Interpret(
        @"(?:(?:\d+|a few|a couple of|several|many|two|three|four|five|six|seven|eight|nine|ten) )?years ago"
        + @"|(?<!\bas [a-z]+ )as a (?:child|kid|teenager|teen)|when i was (?:a (?:child|kid|teenager|teen)|little|young|younger|\d+ years old)"
        + @"|(?:in|back in|during) (?<year>(?:19|20)\d\d)"));

    private static readonly PrefilteredRegex SinceOrNow = new(Pattern.Interpret(
        @"still|now|again|another|since|keeps?|every|start\w*|began|begun|first|twitch\w*|cramp\w*|spasm\w*|jerk\w*|like|same|as it did|as they did"
        + @"|is|are|am|isnt|arent|has|hasnt|have|havent|cant|cannot|wont|doesnt|dont|having|im|ive|hes|shes|theyre|get|gets|feel|feels|diagnos\w*|born|aged"
        + @"|today|tonight|this (?:morning|afternoon|evening|week)|last night|yesterday|just|earlier|(?:an?|\d+|[a-z]+) (?:minutes?|mins?|hours?|hrs?|days?) ago"));

    /// <summary>Whether the text says a time years back at all: most clauses say none, and are not divided into events.</summary>
    public static bool MayHoldMarker(string text) => Said.IsMatch(text);

    /// <param name="currentYear">The reference's year: "in 2015" is years back from it, "in 2026" is not.</param>
    /// <param name="after">The rest of the clause, read for signs too.</param>
    public static bool IsOver(string happening, int currentYear, string after)
    {
        if (!Said.IsMatch(happening) || SinceOrNow.IsMatch(happening))
        {
            return false;
        }

        var said = Said.Regex.Match(happening);
        var year = said.Groups["year"];
        if (year.Success && int.Parse(year.ValueSpan, CultureInfo.InvariantCulture) >= currentYear)
        {
            return false;
        }

        // A sign the lexicon knows anywhere in the event keeps it: "i had a tia 3 years ago my face dropped on one side" may
        // be two sentences without a full stop. What is set aside is injuries, wounds and journeys years back.
        return !Lexicon.Default.NamesSign($"{happening.Remove(said.Index, said.Length).Trim()} {after.Trim()}");
    }
}
