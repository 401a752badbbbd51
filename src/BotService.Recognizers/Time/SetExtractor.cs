using System.Collections.Frozen;
using System.Globalization;
using BotService.Recognizers.Numbers;
using BotService.Recognizers.Text;

namespace BotService.Recognizers.Time;

/// <summary>
/// Frequencies as upstream sets ("daily" P1D, "every morning" TMO, "on Mondays" XXXX-WXX-1, "once a week" P1W),
/// plus "twice a day" / "3 times a week", which upstream misreads as a duration: the set keeps the period as
/// timex and adds the count ([inference]: "count" is our key, upstream has none).
/// </summary>
internal static class SetExtractor
{
    private static readonly FrozenDictionary<string, string> Adverbs = new Dictionary<string, string>
    {
        ["daily"] = "P1D", ["everyday"] = "P1D", ["weekly"] = "P1W", ["biweekly"] = "P2W", ["fortnightly"] = "P2W",
        ["monthly"] = "P1M", ["yearly"] = "P1Y", ["annually"] = "P1Y", ["annual"] = "P1Y", ["quarterly"] = "P3M",
        ["hourly"] = "PT1H", ["nightly"] = "TNI",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static bool TryParse(TokenList t, int i, out TimeCandidate candidate)
    {
        candidate = null!;
        if (!t.Has(i))
        {
            return false;
        }

        if (t[i].IsWord && Adverbs.TryGetValue(t[i].Text, out var adverb))
        {
            candidate = Set(i, i, adverb, 1);
            return true;
        }

        return TryEvery(t, i, out candidate) || TryWeekdays(t, i, out candidate) || TryTimes(t, i, out candidate);
    }

    private static TimeCandidate Set(int first, int last, string timex, double count)
    {
        var values = new Dictionary<string, string> { ["timex"] = timex, ["type"] = "set", ["value"] = "not resolved" };
        if (count != 1)
        {
            values["count"] = NumberFormat.Format(count);
        }

        return new TimeCandidate(first, last, TimeCandidate.Types.Set, [values]);
    }

    // "every day", "each two days", "every three week", "every other day", "every monday", "every other Friday", "every night".
    private static bool TryEvery(TokenList t, int i, out TimeCandidate candidate)
    {
        candidate = null!;
        if (!t.IsAny(i, "every", "each"))
        {
            return false;
        }

        var k = i + 1;
        double amount = 1;
        if (t.Is(k, "other"))
        {
            amount = 2;
            k++;
        }
        else if (t.Is(k, "couple") || (t.Is(k, "few") && t.Is(k - 1, "every")))
        {
            amount = t.Is(k, "couple") ? 2 : 3;
            k += t.Is(k + 1, "of") ? 2 : 1;
        }
        else if (NumberParser.TryParse(t, k, out var n) && n.Value >= 1 && n.Value == Math.Floor(n.Value) && n.Value < 1000)
        {
            amount = n.Value;
            k = n.Last + 1;
        }

        if (!t.Has(k))
        {
            return false;
        }

        var word = t[k].Text;
        if (TimeWords.Weekdays.TryGetValue(word, out var day) && !day.Abbreviated)
        {
            candidate = Set(i, k, "XXXX-WXX-" + day.Day.ToString(CultureInfo.InvariantCulture), 1);
            return true;
        }

        if (amount == 1 && TimeWords.DayParts.TryGetValue(word, out var part))
        {
            candidate = Set(i, k, part, 1);
            return true;
        }

        if (TimeWords.Units.TryGetValue(word, out var unit) && !unit.AfterDigitsOnly)
        {
            candidate = Set(i, k, DurationValue.Of(unit.Unit, amount * unit.Factor).Timex, 1);
            return true;
        }

        return false;
    }

    // "on Mondays", "Sundays".
    private static bool TryWeekdays(TokenList t, int i, out TimeCandidate candidate)
    {
        candidate = null!;
        var k = t.Is(i, "on") ? i + 1 : i;
        if (!t.Has(k) || !TimeWords.Weekdays.TryGetValue(t[k].Text, out var day) || !day.Plural)
        {
            return false;
        }

        candidate = Set(i, k, "XXXX-WXX-" + day.Day.ToString(CultureInfo.InvariantCulture), 1);
        return true;
    }

    // "once a year", "twice a day", "3 times per week", "2x a day".
    private static bool TryTimes(TokenList t, int i, out TimeCandidate candidate)
    {
        candidate = null!;
        double count;
        int k;
        switch (t[i].Text)
        {
            case "once":
                (count, k) = (1, i + 1);
                break;
            case "twice":
                (count, k) = (2, i + 1);
                break;
            case "thrice":
                (count, k) = (3, i + 1);
                break;
            default:
                if (!NumberParser.TryParse(t, i, out var n) || n.Value < 1 || n.Value != Math.Floor(n.Value)
                    || !(t.IsAny(n.Last + 1, "times", "time") || (t.Is(n.Last + 1, "x") && t.IsGlued(n.Last + 1))))
                {
                    return false;
                }

                (count, k) = (n.Value, n.Last + 2);
                break;
        }

        if (!t.IsAny(k, "a", "an", "per", "every", "each") || !t.Has(k + 1)
            || !TimeWords.Units.TryGetValue(t[k + 1].Text, out var unit) || !unit.Singular || unit.AfterDigitsOnly)
        {
            return false;
        }

        candidate = Set(i, k + 1, DurationValue.Of(unit.Unit, unit.Factor).Timex, count);
        return true;
    }
}
