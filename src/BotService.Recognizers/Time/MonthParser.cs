using System.Globalization;
using BotService.Recognizers.Text;

namespace BotService.Recognizers.Time;

/// <summary>
/// Months and days of months: "August", "this August", "late July" (since-end), "Sep 2019", "January 7th",
/// "7th of January", "January 1, 2010". A bare month (and "may" above all) is only a date after "since".
/// </summary>
internal static class MonthParser
{
    public static bool TryParse(TokenList t, int i, DateTime today, bool inSince, out Anchor anchor)
    {
        anchor = null!;
        var k = i;
        string? sinceMod = null;
        var startDay = 1;
        switch (t.Has(k) ? t[k].Text : null)
        {
            case "late":
                (sinceMod, startDay, k) = ("since-end", 16, k + 1);
                break;
            case "early":
                (sinceMod, k) = ("since-start", k + 1);
                break;
            case "mid":
                (sinceMod, startDay, k) = ("since-mid", 10, t.Is(k + 1, "-") ? k + 2 : k + 1);
                break;
        }

        var yearShift = t.Has(k) ? t[k].Text switch { "this" => 0, "last" => -1, "next" => 1, _ => int.MinValue } : int.MinValue;
        k += yearShift == int.MinValue ? 0 : 1;

        // "7th of January", "7 January"
        if (sinceMod is null && yearShift == int.MinValue && TryDay(t, k, out var dayFirst, out var afterDay))
        {
            var m = t.Is(afterDay, "of") ? afterDay + 1 : afterDay;
            if (t.Has(m) && TimeWords.Months.TryGetValue(t[m].Text, out var monthOfDay))
            {
                return TryMonthDay(t, i, m, monthOfDay, dayFirst, today, out anchor);
            }
        }

        if (!t.Has(k) || !TimeWords.Months.TryGetValue(t[k].Text, out var month))
        {
            return false;
        }

        if (sinceMod is null && yearShift == int.MinValue && TryDay(t, k + 1, out var day, out var dayEnd))
        {
            return TryMonthDay(t, i, dayEnd - 1, month, day, today, out anchor);
        }

        if (sinceMod is null && yearShift == int.MinValue && CalendarParser.TryYear(t, k + 1, i, month, out anchor))
        {
            return true;
        }

        var bare = sinceMod is null && yearShift == int.MinValue;
        if ((bare || sinceMod is not null) && !inSince)
        {
            return false;
        }

        if (t[k].Is("may") && !inSince)
        {
            return false;
        }

        if (yearShift != int.MinValue)
        {
            var start = new DateTime(today.Year + yearShift, month, startDay);
            anchor = new Anchor(i, k, start.ToString("yyyy-MM", CultureInfo.InvariantCulture), true, [start], start.AddMonths(1), sinceMod);
            return true;
        }

        anchor = new Anchor(i, k, string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:00}"), true, PastAndFuture(today, month, startDay), null, sinceMod);
        return true;
    }

    private static bool TryMonthDay(TokenList t, int first, int last, int month, int day, DateTime today, out Anchor anchor)
    {
        anchor = null!;
        var y = last + 1 + (t.Is(last + 1, ",") ? 1 : 0);
        if (t.Has(y) && t[y].IsNumber && t[y].Text.Length == 4 && CalendarParser.Int(t, y, out var year) && CalendarParser.TryDate(year, month, day, out var dated))
        {
            anchor = new Anchor(first, y, Formats.Date(dated), false, [dated], null);
            return true;
        }

        if (!CalendarParser.TryDate(2000, month, day, out _))
        {
            return false;
        }

        anchor = new Anchor(first, last, string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:00}-{day:00}"), false, PastAndFuture(today, month, day), null);
        return true;
    }

    private static List<DateTime> PastAndFuture(DateTime today, int month, int day)
    {
        var thisYear = CalendarParser.SafeDate(today.Year, month, day);
        var past = thisYear <= today ? thisYear : CalendarParser.SafeDate(today.Year - 1, month, day);
        var future = thisYear >= today ? thisYear : CalendarParser.SafeDate(today.Year + 1, month, day);
        return past == future ? [past] : [past, future];
    }

    private static bool TryDay(TokenList t, int k, out int day, out int next)
    {
        day = 0;
        next = k + 1;
        if (!t.Has(k) || !t[k].IsNumber || t[k].Text.Length > 2 || !CalendarParser.Int(t, k, out day) || day is < 1 or > 31)
        {
            return false;
        }

        if (t.IsGlued(k + 1) && t.IsAny(k + 1, "st", "nd", "rd", "th"))
        {
            next = k + 2;
        }

        return !t.IsGlued(next) || !t.Has(next) || !t[next].IsWord;
    }
}
