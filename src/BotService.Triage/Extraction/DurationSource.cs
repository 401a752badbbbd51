using BotService.Recognizers;
using BotService.Triage.Findings;

namespace BotService.Triage.Extraction;

/// <summary>The one place that calls the recognizers for durations, so the extractor never parses time itself.</summary>
internal static class DurationSource
{
    public static TurnDuration? Read(string clause, DateTimeOffset reference)
    {
        // The recognizers read the reference as a wall-clock time, as Recognizers-Text does.
        var reading = DurationReader.Read(clause, reference.DateTime);
        return reading is null
            ? null
            : new TurnDuration(reading.Text, reading.Seconds, reading.MaxSeconds, reading.Mod);
    }
}
