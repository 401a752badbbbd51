using System.Globalization;
using BotService.Recognizers.Text;

namespace BotService.Recognizers.Time;

/// <summary>
/// Seasons and fixed holidays after "since": "since the summer", "since last winter", "since Christmas",
/// "since New Year". Seasons start on the first of March, June, September and December (meteorological
/// seasons) [inference]; a bare "the fall" is left alone because after "since" it usually means a fall.
/// </summary>
internal static class SeasonHolidayParser
{
    public static bool TryParse(TokenList t, int i, DateTime today, out Anchor anchor) =>
        TrySeason(t, i, today, out anchor) || TryHoliday(t, i, today, out anchor);

    private static bool TrySeason(TokenList t, int i, DateTime today, out Anchor anchor)
    {
        anchor = null!;
        var shift = t.Has(i) ? t[i].Text switch { "this" => 0, "last" => -1, "next" => 1, "the" => int.MinValue, _ => int.MaxValue } : int.MaxValue;
        var k = shift == int.MaxValue ? i : i + 1;
        var (code, month) = t.Has(k) ? t[k].Text switch
        {
            "spring" => ("SP", 3),
            "summer" => ("SU", 6),
            "autumn" => ("FA", 9),
            "fall" when shift is not (int.MinValue or int.MaxValue) => ("FA", 9),
            "winter" => ("WI", 12),
            _ => (string.Empty, 0),
        } : (string.Empty, 0);
        if (month == 0)
        {
            return false;
        }

        // The season of the reference year that has begun; winter begun in December counts for January and February.
        var current = new DateTime(today.Year, month, 1);
        if (current > today)
        {
            current = current.AddYears(-1);
        }

        if (shift is int.MinValue or int.MaxValue)
        {
            var future = current.AddYears(1);
            anchor = new Anchor(i, k, "XXXX-" + code, true, [current, future], null);
            return true;
        }

        // "this summer" is the summer of the reference year, "last winter" the winter that began in December last year.
        var start = new DateTime(today.Year + shift, month, 1);
        anchor = new Anchor(i, k, start.Year.ToString(CultureInfo.InvariantCulture) + "-" + code, true, [start], start.AddMonths(3));
        return true;
    }

    private static bool TryHoliday(TokenList t, int i, DateTime today, out Anchor anchor)
    {
        anchor = null!;
        int last, month, day;
        if (t.IsAny(i, "christmas", "xmas"))
        {
            (last, month, day) = t.Is(i + 1, "eve") ? (i + 1, 12, 24) : (t.Is(i + 1, "day") ? i + 1 : i, 12, 25);
        }
        else if (t.Is(i, "new") && t.Is(i + 1, "year"))
        {
            last = i + 1;
            last += t.Is(last + 1, "'") && t.Is(last + 2, "s") ? 2 : 0;
            (month, day) = (1, 1);
            if (t.Is(last + 1, "eve"))
            {
                (last, month, day) = (last + 1, 12, 31);
            }
            else if (t.Is(last + 1, "day"))
            {
                last++;
            }
        }
        else if (t.Is(i, "new") && t.Is(i + 1, "years"))
        {
            (last, month, day) = (i + 1, 1, 1);
        }
        else
        {
            return false;
        }

        var thisYear = new DateTime(today.Year, month, day);
        var past = thisYear <= today ? thisYear : thisYear.AddYears(-1);
        var future = thisYear >= today ? thisYear : thisYear.AddYears(1);
        var timex = string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:00}-{day:00}");
        anchor = new Anchor(i, last, timex, false, past == future ? [past] : [past, future], null);
        return true;
    }
}
