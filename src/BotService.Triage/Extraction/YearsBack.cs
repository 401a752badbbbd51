using System.Globalization;

namespace BotService.Triage.Extraction;

/// <summary>
/// The person's own past, years back and nothing since ("I had a concussion playing rugby in 2015", "back in 2019 I
/// had chest pains"): its signs and injuries are not signs now. Only a clause told wholly in the past: one that also
/// says anything in the present or since ("...and my chest is crushing", "...ever since", "another one this morning",
/// "like when i was a kid") is read as usual.
/// </summary>
internal static class YearsBack
{
    private static readonly PrefilteredRegex Said = new(Pattern.Compile(
        @"(?:\d+|a few|a couple of|several|many|two|three|four|five|six|seven|eight|nine|ten) years ago|years back"
        + @"|(?<!\bas [a-z]+ )as a (?:child|kid|teenager|teen|baby)|when i was (?:a (?:child|kid|teenager|teen|baby)|little|young|younger|\d+ years old)"
        + @"|(?:in|back in|during) (?<year>(?:19|20)\d\d)"));

    // Anything that makes the clause about now too: a present verb, a time of today, a comparison ("like when i was a
    // kid", "the same pain i had with my heart attack").
    private static readonly PrefilteredRegex SinceOrNow = new(Pattern.Compile(
        @"still|now|again|another|since|keeps?|every|start\w*|began|begun|first|twitch\w*|cramp\w*|spasm\w*|jerk\w*|like|same|as it did|as they did"
        + @"|is|are|am|isnt|arent|has|hasnt|have|havent|cant|cannot|wont|doesnt|dont|having|im|ive|hes|shes|theyre|get|gets|feel|feels"
        + @"|today|tonight|this (?:morning|afternoon|evening|week)|last night|yesterday|just|earlier|(?:an?|\d+|[a-z]+) (?:minutes?|mins?|hours?|hrs?|days?) ago"));

    /// <param name="currentYear">The reference's year: "in 2015" is years back from it, "in 2026" is not.</param>
    public static bool Is(string clause, int currentYear)
    {
        if (!Said.IsMatch(clause) || SinceOrNow.IsMatch(clause))
        {
            return false;
        }

        var year = Said.Regex.Match(clause).Groups["year"];
        return !year.Success || int.Parse(year.ValueSpan, CultureInfo.InvariantCulture) < currentYear;
    }
}
