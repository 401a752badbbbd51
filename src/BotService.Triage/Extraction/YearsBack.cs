using System.Globalization;

namespace BotService.Triage.Extraction;

/// <summary>
/// The person's own past, years back ("I had a concussion playing rugby in 2015", "back in 2019 I had chest pains"):
/// not a sign now. Judged one event at a time (<see cref="PastEvents"/>): "i had covid in 2021 and my face went numb"
/// sets aside only the covid. An event that also says anything in the present or since, a time of today, a comparison
/// ("like when i was a kid"), a birth year or a diagnosis (which lasts), or a sign more than a few words from the year,
/// is read as usual.
/// </summary>
internal static class YearsBack
{
    private static readonly PrefilteredRegex Said = new(Pattern.Compile(
        @"(?:\d+|a few|a couple of|several|many|two|three|four|five|six|seven|eight|nine|ten) years ago"
        + @"|(?<!\bas [a-z]+ )as a (?:child|kid|teenager|teen)|when i was (?:a (?:child|kid|teenager|teen)|little|young|younger|\d+ years old)"
        + @"|(?:in|back in|during) (?<year>(?:19|20)\d\d)"));

    private static readonly PrefilteredRegex SinceOrNow = new(Pattern.Compile(
        @"still|now|again|another|since|keeps?|every|start\w*|began|begun|first|twitch\w*|cramp\w*|spasm\w*|jerk\w*|like|same|as it did|as they did"
        + @"|is|are|am|isnt|arent|has|hasnt|have|havent|cant|cannot|wont|doesnt|dont|having|im|ive|hes|shes|theyre|get|gets|feel|feels|diagnos\w*|born|aged"
        + @"|today|tonight|this (?:morning|afternoon|evening|week)|last night|yesterday|just|earlier|(?:an?|\d+|[a-z]+) (?:minutes?|mins?|hours?|hrs?|days?) ago"));

    /// <summary>Words either side of "in 2015" that it can date: "i had a concussion playing rugby in 2015".</summary>
    private const int Reach = 6;

    /// <summary>Whether the text says a time years back at all: most clauses say none, and are not divided into events.</summary>
    public static bool MayHoldMarker(string text) => Said.IsMatch(text);

    /// <param name="currentYear">The reference's year: "in 2015" is years back from it, "in 2026" is not.</param>
    public static bool IsOver(string happening, int currentYear)
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

        // A sign further off belongs to something else the event tells: "my face drooped in the mirror in the house i
        // grew up in as a child".
        return !OtherPersonHistory.NamesSign(Beyond(happening[..said.Index], fromEnd: true))
            && !OtherPersonHistory.NamesSign(Beyond(happening[(said.Index + said.Length)..], fromEnd: false));
    }

    private static string Beyond(string side, bool fromEnd)
    {
        var words = side.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= Reach ? string.Empty
            : string.Join(' ', fromEnd ? words[..^Reach] : words[Reach..]);
    }
}
