using System.Buffers;
using System.Text.RegularExpressions;
using BotService.Recognizers;
using BotService.Triage.Findings;

namespace BotService.Triage.Extraction;

/// <summary>The one place that calls the recognizers for durations, so the extractor never parses time itself.</summary>
internal static partial class DurationSource
{
    // One vectorised search for all the words instead of a regex trying each alternative at each position.
    private static readonly SearchValues<string> TimeWords = SearchValues.Create(
        [
            "sec", "min", "hour", "hr", "day", "night", "week", "wk", "mon", "year", "yr", "fortnight", "decade",
            "since", "ago", "yesterday", "tonight", "morning", "noon", "evening", "tue", "wed", "thu", "fri", "sat",
            "sun", "lately", "recent", "while", "ages", "half", "couple", "few", "several", "one", "two", "three",
            "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "twenty", "thirty", "forty", "fifty",
            "spring", "summer", "autumn", "fall", "winter", "christmas", "easter", "new year", "holiday"
        ],
        StringComparison.Ordinal);

    public static TurnDuration? Read(string clause, DateTimeOffset reference)
    {
        // The recognizer is the costly part of reading a message; a clause with no digit and no time word has no duration.
        if (!MayHoldTime(clause))
        {
            return null;
        }

        // The recognizers read the reference as a wall-clock time, as Recognizers-Text does.
        var reading = DurationReader.Read(clause, reference.DateTime)
            ?? (EventBeforeTime().IsMatch(clause) ? DurationReader.Read(EventBeforeTime().Replace(clause, "since "), reference.DateTime) : null);
        return reading is null
            ? null
            : new TurnDuration(reading.Text, reading.Seconds, reading.MaxSeconds, reading.Mod);
    }

    /// <summary>
    /// "since my run this morning", "after football on saturday": an event between "since" or "after" and the time.
    /// The recognizers (like Recognizers-Text) only read "since this morning", so the event words are dropped and the
    /// onset is read as "since" that time. The event itself is a finding of its own (exercise).
    /// </summary>
    [GeneratedRegex(@"\b(?:since|after|from)(?: (?!this\b|last\b|yesterday\b|today\b|tonight\b|on\b|monday|tuesday|wednesday|thursday|friday|saturday|sunday)[a-z]+){1,4} (?:on )?(?=(?:this (?:morning|afternoon|evening)|last (?:night|week|weekend)|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)")]
    private static partial Regex EventBeforeTime();

    /// <summary>Whether the clause holds a digit or a time word anywhere (inside words too: "mins", "weekend").</summary>
    private static bool MayHoldTime(string clause) =>
        clause.AsSpan().ContainsAnyInRange('0', '9') || clause.AsSpan().ContainsAny(TimeWords);
}
