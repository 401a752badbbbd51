using System.Globalization;
using BotService.Recognizers.Text;

namespace BotService.Recognizers.Time;

/// <summary>
/// Calendar anchors: "last week", "this month", "the weekend", "August", "late July", "Sep 2019", "January 7th",
/// "January 1, 2010", "1/1/2016", "the end of 1989". Bare months and years are only read after "since" and the
/// like (<paramref name="inSince"/>), so "May I ask" is never a date.
/// </summary>
internal static class CalendarParser
{
    public static bool TryParse(TokenList t, int i, DateTime reference, bool inSince, out Anchor anchor)
    {
        anchor = null!;
        var today = reference.Date;
        return TryRelativePeriod(t, i, today, inSince, out anchor)
            || TryNumericDate(t, i, out anchor)
            || MonthParser.TryParse(t, i, today, inSince, out anchor)
            || (inSince && SeasonHolidayParser.TryParse(t, i, today, out anchor))
            || (inSince && TryEdgeOfYear(t, i, out anchor))
            || (inSince && TryYear(t, i, i, null, out anchor));
    }

    private static bool TryRelativePeriod(TokenList t, int i, DateTime today, bool inSince, out Anchor anchor)
    {
        anchor = null!;
        var shift = t.Has(i) ? t[i].Text switch { "last" or "past" or "previous" => -1, "this" => 0, "next" => 1, "the" when inSince => 2, _ => int.MinValue } : int.MinValue;
        if (shift == int.MinValue || !t.Has(i + 1))
        {
            return false;
        }

        var unit = t[i + 1].Text;
        if (unit == "weekend")
        {
            // "the weekend" said on a Saturday means the one before, not today [inference].
            var saturday = shift == 2
                ? today.AddDays(-(((int)today.DayOfWeek + 1) % 7 == 0 ? 7 : ((int)today.DayOfWeek + 1) % 7))
                : Formats.MondayOf(today).AddDays(5 + (7 * shift));
            anchor = new Anchor(i, i + 1, Formats.IsoWeek(saturday) + "-WE", true, [saturday], saturday.AddDays(2));
            return true;
        }

        if (shift == 2)
        {
            return false;
        }

        switch (unit)
        {
            case "week":
                var monday = Formats.MondayOf(today).AddDays(7 * shift);
                anchor = new Anchor(i, i + 1, Formats.IsoWeek(monday), true, [monday], monday.AddDays(7));
                return true;
            case "month":
                var first = new DateTime(today.Year, today.Month, 1).AddMonths(shift);
                anchor = new Anchor(i, i + 1, first.ToString("yyyy-MM", CultureInfo.InvariantCulture), true, [first], first.AddMonths(1));
                return true;
            case "year":
                var jan = new DateTime(today.Year + shift, 1, 1);
                anchor = new Anchor(i, i + 1, jan.Year.ToString(CultureInfo.InvariantCulture), true, [jan], jan.AddYears(1));
                return true;
            default:
                return false;
        }
    }

    // "1/1/2016" (month first, as en-US) and "2016-01-01".
    private static bool TryNumericDate(TokenList t, int i, out Anchor anchor)
    {
        anchor = null!;
        if (!t.Has(i + 4) || !t[i].IsNumber || !t[i + 2].IsNumber || !t[i + 4].IsNumber
            || !t.IsGlued(i + 1) || !t.IsGlued(i + 2) || !t.IsGlued(i + 3) || !t.IsGlued(i + 4))
        {
            return false;
        }

        var sep = t[i + 1].Text;
        if (sep != t[i + 3].Text || (sep != "/" && sep != "-") || !Int(t, i, out var a) || !Int(t, i + 2, out var b) || !Int(t, i + 4, out var c))
        {
            return false;
        }

        var (year, month, day) = sep == "-" && t[i].Text.Length == 4 ? (a, b, c) : (c < 100 ? 2000 + c : c, a, b);
        if (!TryDate(year, month, day, out var date))
        {
            return false;
        }

        anchor = new Anchor(i, i + 4, Formats.Date(date), false, [date], null);
        return true;
    }

    // "the end of 1989" starts in September (the last third), "the beginning of 1989" in January.
    private static bool TryEdgeOfYear(TokenList t, int i, out Anchor anchor)
    {
        anchor = null!;
        var k = t.Is(i, "the") ? i + 1 : i;
        var edge = t.Has(k) ? t[k].Text : null;
        if (edge is not ("end" or "beginning" or "start") || !t.Is(k + 1, "of") || !TryYear(t, k + 2, i, null, out var year))
        {
            return false;
        }

        var start = edge == "end" ? year.PastStart.AddMonths(8) : year.PastStart;
        anchor = year with { Starts = [start], SinceMod = edge == "end" ? "since-end" : "since-start" };
        return true;
    }

    internal static bool TryYear(TokenList t, int y, int first, int? month, out Anchor anchor)
    {
        anchor = null!;
        if (!t.Has(y) || !t[y].IsNumber || t[y].Text.Length != 4 || !Int(t, y, out var year) || year is < 1900 or > 2100 || t.IsGlued(y + 1))
        {
            return false;
        }

        var start = new DateTime(year, month ?? 1, 1);
        anchor = month is null
            ? new Anchor(first, y, year.ToString(CultureInfo.InvariantCulture), true, [start], start.AddYears(1))
            : new Anchor(first, y, start.ToString("yyyy-MM", CultureInfo.InvariantCulture), true, [start], start.AddMonths(1));
        return true;
    }

    internal static bool Int(TokenList t, int i, out int value) =>
        int.TryParse(t[i].Text, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    internal static bool TryDate(int year, int month, int day, out DateTime date)
    {
        date = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateTime(year, month, day);
        return true;
    }

    internal static DateTime SafeDate(int year, int month, int day) =>
        new(Math.Clamp(year, 1, 9999), month, Math.Min(day, DateTime.DaysInMonth(Math.Clamp(year, 1, 9999), month)));
}
