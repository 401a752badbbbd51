using BotService.Recognizers.Text;

namespace BotService.Recognizers.Numbers;

/// <summary>A range found over tokens First..Last; a null bound is open.</summary>
internal readonly record struct RangeMatch(int First, int Last, double? Low, bool LowInclusive, double? High, bool HighInclusive)
{
    public string Interval => (LowInclusive ? "[" : "(") + (Low is { } l ? NumberFormat.Format(l) : string.Empty) + ","
        + (High is { } h ? NumberFormat.Format(h) : string.Empty) + (HighInclusive ? "]" : ")");
}

/// <summary>Number ranges in interval notation: "between 20 and 30" [20,30), "more than thirty" (30,), "up to 700" (,700].</summary>
internal static class NumberRangeExtractor
{
    private static readonly string[][] Above = [["more", "than"], ["greater", "than"], ["larger", "than"], ["bigger", "than"], ["higher", "than"], ["over"], ["above"]];
    private static readonly string[][] AtLeast = [["no", "less", "than"], ["not", "less", "than"], ["no", "fewer", "than"], ["not", "fewer", "than"], ["at", "least"], ["a", "minimum", "of"]];
    private static readonly string[][] Below = [["less", "than"], ["fewer", "than"], ["lower", "than"], ["smaller", "than"], ["below"], ["under"]];
    private static readonly string[][] AtMost = [["no", "more", "than"], ["not", "more", "than"], ["no", "greater", "than"], ["at", "most"], ["up", "to"], ["a", "maximum", "of"]];

    private static readonly (string[][] Phrases, bool Lower, bool Inclusive)[] Sides =
        [(AtLeast, true, true), (AtMost, false, true), (Above, true, false), (Below, false, false)];

    public static List<RangeMatch> Extract(TokenList t)
    {
        var found = new List<RangeMatch>();
        var i = 0;
        while (i < t.Count)
        {
            if (TryParse(t, i, out var range))
            {
                found.Add(range);
                i = range.Last + 1;
            }
            else
            {
                i++;
            }
        }

        return found;
    }

    public static bool TryParse(TokenList t, int i, out RangeMatch range)
    {
        if (TryBetween(t, i, out range) || TryPair(t, i, out range))
        {
            return true;
        }

        if (!TryOneSided(t, i, out range))
        {
            return false;
        }

        // "at most 100 and at least 20" closes both ends.
        var j = range.Last + 1;
        if (t.IsAny(j, "and", ",", "but") && TryOneSided(t, j + 1, out var other) && (range.Low is null) != (other.Low is null))
        {
            var (low, high) = range.Low is null ? (other, range) : (range, other);
            range = new RangeMatch(i, other.Last, low.Low, low.LowInclusive, high.High, high.HighInclusive);
        }

        return true;
    }

    private static bool TryBetween(TokenList t, int i, out RangeMatch range)
    {
        range = default;
        var from = t.Is(i, "from");
        if ((!t.Is(i, "between") && !from) || !NumberParser.TryParse(t, i + 1, out var low))
        {
            return false;
        }

        var j = low.Last + 1;
        var joined = from ? t.IsAny(j, "to", "-", "–", "through") : t.IsAny(j, "and", "-", "–");
        if (!joined || !NumberParser.TryParse(t, j + 1, out var high) || high.Value <= low.Value)
        {
            return false;
        }

        range = new RangeMatch(i, high.Last, low.Value, true, high.Value, false);
        return true;
    }

    private static bool TryPair(TokenList t, int i, out RangeMatch range)
    {
        range = default;
        if (!NumberParser.TryParse(t, i, out var low))
        {
            return false;
        }

        var j = low.Last + 1;
        if (t.IsAny(j, "to", "-", "–", "through", "thru", "~") && NumberParser.TryParse(t, j + 1, out var high) && high.Value > low.Value)
        {
            range = new RangeMatch(i, high.Last, low.Value, true, high.Value, false);
            return true;
        }

        if (t.Is(j, "or") || t.Is(j, "and"))
        {
            if (t.IsAny(j + 1, "more", "above", "greater", "higher", "over"))
            {
                range = new RangeMatch(i, j + 1, low.Value, true, null, false);
                return true;
            }

            if (t.IsAny(j + 1, "less", "fewer", "below", "lower", "under"))
            {
                range = new RangeMatch(i, j + 1, null, false, low.Value, true);
                return true;
            }
        }

        return false;
    }

    private static bool TryOneSided(TokenList t, int i, out RangeMatch range)
    {
        range = default;
        foreach (var (phrases, lower, inclusive) in Sides)
        {
            foreach (var phrase in phrases)
            {
                if (Phrase.Matches(t, i, phrase) && NumberParser.TryParse(t, i + phrase.Length, out var n))
                {
                    range = lower
                        ? new RangeMatch(i, n.Last, n.Value, inclusive, null, false)
                        : new RangeMatch(i, n.Last, null, false, n.Value, inclusive);
                    return true;
                }
            }
        }

        return false;
    }
}
