using BotService.Recognizers.Text;
using BotService.Recognizers.Time;

namespace BotService.Recognizers;

/// <summary>
/// How long something has been going on, read from free text.
/// <see cref="Seconds"/> is the duration (the lower bound of a range, whose upper bound is <see cref="MaxSeconds"/>),
/// or for an onset ("since last Monday", "2 days ago") the time from that start to the reference.
/// <see cref="Mod"/> is null, "more", "less", "approx", or "since" (also "since-end"/"since-start"/"since-mid").
/// </summary>
public sealed record DurationReading(string Text, double Seconds, double? MaxSeconds, string? Mod, string Timex);

/// <summary>Reads the first duration or onset in a text ("about 3 days", "2-3 wks", "since mon", "on and off for months").</summary>
public static class DurationReader
{
    public static DurationReading? Read(string text, DateTime reference, string culture = Culture.English)
    {
        Culture.Resolve(culture);
        var t = TokenList.Create(text ?? string.Empty);
        foreach (var c in TimeExtractor.Extract(t, reference))
        {
            if (ToReading(t, c, reference) is { } reading)
            {
                return reading;
            }
        }

        return null;
    }

    private static DurationReading? ToReading(TokenList t, TimeCandidate c, DateTime reference)
    {
        var text = t.OriginalText(c.First, c.Last);
        if (c.TypeName == TimeCandidate.Types.Duration && c.Duration is { } d)
        {
            return new DurationReading(text, d.Value.TotalSeconds, d.Max.IsEmpty ? null : d.Max.TotalSeconds, d.Mod, d.Value.Timex);
        }

        if (c.TypeName == TimeCandidate.Types.Set || c.Onset is not { } onset)
        {
            return null;
        }

        if (onset > reference)
        {
            // "since this morning" said at 5 am: the morning (08:00 by the Recognizers-Text convention) has not begun,
            // but the person means earlier today, so it counts from the start of the day. Any other onset after now
            // ("since tomorrow") is no onset.
            if (!IsThisMorning(c, reference))
            {
                return null;
            }

            onset = reference.Date;
        }

        // A past span ("for the past 3 weeks") is that long; an onset ("since Monday", "2 days ago") lasts until now.
        if (c.Duration is { } span)
        {
            return new DurationReading(text, span.Value.TotalSeconds, null, null, span.Value.Timex);
        }

        var timex = c.Values[0].TryGetValue("timex", out var value) ? value : string.Empty;
        return new DurationReading(text, (reference - onset).TotalSeconds, null, c.Mod is { } mod && mod.StartsWith(Mods.Since, StringComparison.Ordinal) ? mod : Mods.Since, timex);
    }

    private static bool IsThisMorning(TimeCandidate c, DateTime reference) =>
        c.Values.Count > 0 && c.Values[0].TryGetValue("timex", out var timex)
        && string.Equals(timex, reference.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "TMO", StringComparison.Ordinal);
}
