using System.Globalization;

namespace BotService.Triage.Evaluation;

/// <summary>Says a duration in plain words for reasons ("about 15 minutes", "5 weeks", "3 months").</summary>
internal static class DurationWords
{
    public static string Describe(double seconds, string? mod)
    {
        var (value, unit) = seconds switch
        {
            < 3600 => (seconds / 60, "minute"),
            < 2 * 86400 => (seconds / 3600, "hour"),
            < 14 * 86400 => (seconds / 86400, "day"),
            < 60 * 86400 => (seconds / (7 * 86400), "week"),
            < 730 * 86400 => (seconds / (30 * 86400), "month"),
            _ => (seconds / (365 * 86400), "year"),
        };
        var rounded = Math.Max(1, (int)Math.Round(value));
        var words = rounded.ToString(CultureInfo.InvariantCulture) + " " + unit + (rounded == 1 ? string.Empty : "s");
        return mod switch
        {
            "more" => "more than " + words,
            "less" => "less than " + words,
            _ when Math.Abs(value - rounded) > 0.15 => "about " + words,
            _ => words,
        };
    }
}
