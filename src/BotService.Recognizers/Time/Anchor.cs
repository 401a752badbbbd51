using System.Globalization;

namespace BotService.Recognizers.Time;

/// <summary>
/// A point or calendar range a phrase refers to. <see cref="Starts"/> holds one start, or two (past, then future)
/// when the phrase does not say which year or week ("since August", "since Monday").
/// </summary>
internal sealed record Anchor(int First, int Last, string Timex, bool IsRange, IReadOnlyList<DateTime> Starts, DateTime? End, string? SinceMod = null, bool HasTime = false)
{
    public DateTime PastStart => Starts[0];
}

internal static class Formats
{
    public static string Date(DateTime d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string DateTime(DateTime d) => d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public static string TimexDateTime(DateTime d) => d.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    public static string IsoWeek(DateTime d) =>
        string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(d)}-W{ISOWeek.GetWeekOfYear(d):00}");

    public static DateTime MondayOf(DateTime d) => d.Date.AddDays(-(((int)d.DayOfWeek + 6) % 7));
}
