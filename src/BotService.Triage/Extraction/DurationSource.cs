using System.Text.RegularExpressions;
using BotService.Recognizers;
using BotService.Triage.Findings;

namespace BotService.Triage.Extraction;

/// <summary>The one place that calls the recognizers for durations, so the extractor never parses time itself.</summary>
internal static partial class DurationSource
{
    private static readonly Dictionary<string, string> SeasonMonths = new(StringComparer.Ordinal)
    {
        ["spring"] = "march", ["summer"] = "june", ["autumn"] = "september", ["fall"] = "september",
        ["winter"] = "december", ["christmas"] = "december", ["new year"] = "january",
    };

    public static TurnDuration? Read(string clause, DateTimeOffset reference)
    {
        // The recognizer is the costly part of reading a message; a clause with no digit and no time word has no duration.
        if (!MayHoldTime().IsMatch(clause))
        {
            return null;
        }

        // The recognizers read the reference as a wall-clock time, as Recognizers-Text does.
        var reading = DurationReader.Read(clause, reference.DateTime);

        // "since the summer" is not read by the recognizers yet: say the season's first month (northern hemisphere)
        // and let them read "since june". Either way it is months, which is all the rules need.
        if (reading is null && SinceSeason().Match(clause) is { Success: true } season)
        {
            reading = DurationReader.Read($"since {SeasonMonths[season.Groups[1].Value]}", reference.DateTime);
        }

        return reading is null
            ? null
            : new TurnDuration(reading.Text, reading.Seconds, reading.MaxSeconds, reading.Mod);
    }

    [GeneratedRegex(@"[0-9]|sec|min|hour|hr|day|night|week|wk|mon|year|yr|fortnight|decade|since|ago|yesterday|tonight|morning|noon|evening|tue|wed|thu|fri|sat|sun|lately|recent|while|ages|half|couple|few|several|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty")]
    private static partial Regex MayHoldTime();

    [GeneratedRegex(@"\bsince (?:the |last )?(spring|summer|autumn|fall|winter|christmas|new year)\b")]
    private static partial Regex SinceSeason();
}
