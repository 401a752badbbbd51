using BotService.Recognizers.Numbers;
using BotService.Recognizers.Text;

namespace BotService.Recognizers.Time;

/// <summary>
/// One "quantity unit" part of a duration: "3 hours", "3h", "a couple of days", "few weeks", "half an hour",
/// "all day", "an hour and a half", "2-3 wks", "a week or two", "between 2 and 3 days".
/// </summary>
internal static class DurationPartParser
{
    public readonly record struct Part(int Last, TimeUnit Unit, double Amount, double MaxAmount);

    public static bool TryParse(TokenList t, int i, bool first, out Part part)
    {
        part = default;
        if (!t.Has(i) || !TryQuantity(t, i, first, out var q))
        {
            return false;
        }

        var u = q.UnitIndex;
        if (!t.Has(u) || !TimeWords.Units.TryGetValue(t[u].Text, out var info)
            || (info.AfterDigitsOnly && !q.Digits) || (q.SingularOnly && !info.Singular) || (q.PluralOnly && info.Singular))
        {
            return false;
        }

        // "a second round", "a second time": the ordinal, not a second of time.
        if (q.Article && t[u].Is("second") && t.Has(u + 1) && t[u + 1].IsWord && !t.IsAny(u + 1, "ago", "later", "and", "or", "before", "after"))
        {
            return false;
        }

        // "4 cups of coffee a day": an article after a counted thing means "per", not a duration of its own.
        if (q.Article && IsPerUnit(t, i))
        {
            return false;
        }

        // A unit glued to more letters or digits ("3hx", "2w3") is a code, not a duration.
        if (t.IsGlued(u + 1) && (t[u + 1].IsNumber || t[u + 1].IsWord))
        {
            return false;
        }

        var last = u;
        var amount = q.Amount * info.Factor;
        var max = q.Max * info.Factor;
        if (q.Max == 0 && q.Amount == Math.Floor(q.Amount) && NumberParser.TryFractionSuffix(t, u + 1, out var fractionLast, out var fraction))
        {
            amount += fraction * info.Factor;
            last = fractionLast;
        }
        else if (q.Article && t.Is(u + 1, "or") && t.Has(u + 2) && NumberWords.Units.TryGetValue(t[u + 2].Text, out var upper) && upper > 1)
        {
            max = upper * info.Factor;
            last = u + 2;
        }

        part = new Part(last, info.Unit, amount, max);
        return true;
    }

    private static readonly string[] DurationContext =
    [
        "for", "in", "about", "around", "over", "after", "within", "just", "only", "like", "maybe", "almost", "nearly",
        "under", "least", "most", "of", "been", "lasted", "lasting", "last", "lasts", "took", "takes", "take", "spent", "on", "than",
        "and", "or", "to", "since", "roughly", "approximately", "past", "whole", "entire", ",", "(", "-", "wait",
    ];

    private static bool IsPerUnit(TokenList t, int article)
    {
        if (article == 0 || t.IsAny(article - 1, DurationContext))
        {
            return false;
        }

        for (var k = Math.Max(0, article - 4); k < article - 1; k++)
        {
            if (t[k].IsNumber || NumberWords.Units.ContainsKey(t[k].Text) || NumberWords.Tens.ContainsKey(t[k].Text) || NumberWords.Teens.ContainsKey(t[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    private readonly record struct Quantity(int UnitIndex, double Amount, double Max, bool Digits, bool Article, bool SingularOnly, bool PluralOnly);

    private static bool TryQuantity(TokenList t, int i, bool first, out Quantity q)
    {
        q = default;
        var w = t[i].Text;
        if (w is "a" or "an")
        {
            q = t.Is(i + 1, "quarter") && t.Is(i + 2, "of") && t.IsAny(i + 3, "a", "an") ? new Quantity(i + 4, 0.25, 0, false, false, true, false)
                : t.Is(i + 1, "couple") && first ? new Quantity(t.Is(i + 2, "of") ? i + 3 : i + 2, 2, 0, false, false, false, true)
                : t.Is(i + 1, "few") && first ? new Quantity(i + 2, 3, 0, false, false, false, true)
                : new Quantity(i + 1, 1, 0, false, true, true, false);
            return true;
        }

        if (!first)
        {
            return TryNumber(t, i, false, out q);
        }

        switch (w)
        {
            case "another":
                q = new Quantity(i + 1, 1, 0, false, false, true, false);
                return true;
            case "couple":
                q = new Quantity(t.Is(i + 1, "of") ? i + 2 : i + 1, 2, 0, false, false, false, true);
                return true;
            case "few" or "several":
                q = new Quantity(i + 1, 3, 0, false, false, false, true);
                return true;
            case "some":
                q = new Quantity(i + 1, 3, 0, false, false, false, true);
                return true;
            case "half":
                q = new Quantity(t.IsAny(i + 1, "a", "an") ? i + 2 : i + 1, 0.5, 0, false, false, true, false);
                return true;
            case "quarter" when t.Is(i + 1, "of") && t.IsAny(i + 2, "a", "an"):
                q = new Quantity(i + 3, 0.25, 0, false, false, true, false);
                return true;
            case "all" or "full" or "whole":
                q = new Quantity(t.Is(i + 1, "-") ? i + 2 : i + 1, 1, 0, false, false, true, false);
                return true;
            case "the" when t.Is(i + 1, "hour") && t.Is(i - 1, "for"):
                q = new Quantity(i + 1, 1, 0, false, false, true, false);
                return true;
            case "between":
                return TryBetween(t, i, out q);
            default:
                return TryNumber(t, i, true, out q);
        }
    }

    private static bool TryNumber(TokenList t, int i, bool allowRange, out Quantity q)
    {
        q = default;
        if (!NumberParser.TryParse(t, i, out var n) || n.Value <= 0)
        {
            return false;
        }

        var u = n.Last + 1;
        var digits = t[n.Last].IsNumber;
        double max = 0;
        if (allowRange && t.IsAny(u, "-", "to", "or", "–") && NumberParser.TryParse(t, u + 1, out var upper) && upper.Value > n.Value)
        {
            max = upper.Value;
            digits = t[upper.Last].IsNumber;
            u = upper.Last + 1;
        }

        if (t.Is(u, "-") && t.Has(u + 1) && TimeWords.Units.ContainsKey(t[u + 1].Text))
        {
            u++;
        }
        else if (n.Value < 1 && t.Is(u, "of") && t.IsAny(u + 1, "a", "an"))
        {
            // "a quarter of an hour", "three quarters of an hour": a fraction of one unit.
            u += 2;
        }

        q = new Quantity(u, n.Value, max, digits, false, false, false);
        return true;
    }

    private static bool TryBetween(TokenList t, int i, out Quantity q)
    {
        q = default;
        if (!NumberParser.TryParse(t, i + 1, out var low) || !t.Is(low.Last + 1, "and")
            || !NumberParser.TryParse(t, low.Last + 2, out var high) || high.Value <= low.Value)
        {
            return false;
        }

        q = new Quantity(high.Last + 1, low.Value, high.Value, t[high.Last].IsNumber, false, false, false);
        return true;
    }
}
