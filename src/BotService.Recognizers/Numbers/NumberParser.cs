using BotService.Recognizers.Text;

namespace BotService.Recognizers.Numbers;

/// <summary>Reads one number starting at a token: digits, words, dozens, fractions and mixed forms.</summary>
internal static class NumberParser
{
    public static bool TryParse(TokenList t, int i, out NumberMatch match)
    {
        match = default;
        if (!t.Has(i) || t[i].Kind == TokenKind.Symbol)
        {
            return false;
        }

        t.NumberCache ??= new NumberMatch?[t.Count];
        t.NumberCacheFilled ??= new bool[t.Count];
        if (!t.NumberCacheFilled[i])
        {
            t.NumberCache[i] = Parse(t, i, out var parsed) ? parsed : null;
            t.NumberCacheFilled[i] = true;
        }

        if (t.NumberCache[i] is not { } cached)
        {
            return false;
        }

        match = cached;
        return true;
    }

    private static bool Parse(TokenList t, int i, out NumberMatch match)
    {
        if (!TryParseBase(t, i, out match))
        {
            return false;
        }

        if (match.Subtype == NumberSubtype.Fraction)
        {
            return true;
        }

        var j = match.Last + 1;
        if (t.Has(j) && NumberWords.Dozens.Contains(t[j].Text))
        {
            match = new NumberMatch(i, j, match.Value * 12, NumberSubtype.Integer);
            return true;
        }

        if (t.Has(j) && t[j].IsWord && NumberWords.Denominators.TryGetValue(t[j].Text, out var den) && match.Value is > 0 and < 100)
        {
            match = new NumberMatch(i, j, match.Value / den, NumberSubtype.Fraction);
            return true;
        }

        if (TryFractionSuffix(t, j, out var last, out var fraction))
        {
            match = new NumberMatch(i, last, match.Value + fraction, NumberSubtype.Fraction);
        }

        return true;
    }

    /// <summary>"and a half", "and half", "and a quarter", "and three quarters" after a whole number or unit.</summary>
    public static bool TryFractionSuffix(TokenList t, int j, out int last, out double fraction)
    {
        last = -1;
        fraction = 0;
        if (!t.Is(j, "and"))
        {
            return false;
        }

        var k = j + 1;
        double numerator = 1;
        if (t.IsAny(k, "a", "an"))
        {
            k++;
        }
        else if (t.Has(k) && NumberWords.Units.TryGetValue(t[k].Text, out var unit) && unit > 1)
        {
            numerator = unit;
            k++;
        }

        if (t.Has(k) && NumberWords.Denominators.TryGetValue(t[k].Text, out var den) && numerator < den)
        {
            last = k;
            fraction = numerator / den;
            return true;
        }

        return false;
    }

    private static bool TryParseBase(TokenList t, int i, out NumberMatch match)
    {
        match = default;
        var token = t[i];
        if (token.IsNumber)
        {
            return DigitNumberParser.TryParse(t, i, out match);
        }

        if (!token.IsWord)
        {
            return false;
        }

        if (token.Text is "a" or "an")
        {
            return TryParseArticle(t, i, out match);
        }

        if (token.Text == "half")
        {
            var k = t.IsAny(i + 1, "a", "an") ? i + 2 : i + 1;
            match = t.Has(k) && NumberWords.Dozens.Contains(t[k].Text)
                ? new NumberMatch(i, k, 6, NumberSubtype.Integer)
                : new NumberMatch(i, i, 0.5, NumberSubtype.Fraction);
            return true;
        }

        if (WordNumberParser.TryParse(t, i, out var last, out var value))
        {
            match = new NumberMatch(i, last, value, NumberSubtype.Integer);
            return true;
        }

        return false;
    }

    // "a dozen", "a hundred", "a thousand", "a half", "a quarter"; a bare "a" is never a number.
    private static bool TryParseArticle(TokenList t, int i, out NumberMatch match)
    {
        match = default;
        if (!t.Has(i + 1))
        {
            return false;
        }

        var next = t[i + 1].Text;
        if (NumberWords.Dozens.Contains(next))
        {
            match = new NumberMatch(i, i + 1, 12, NumberSubtype.Integer);
            return true;
        }

        if (next is "half" or "third" or "quarter" or "fourth" or "fifth" && NumberWords.Denominators.TryGetValue(next, out var den))
        {
            match = new NumberMatch(i, i + 1, 1.0 / den, NumberSubtype.Fraction);
            return true;
        }

        if (next is "hundred" or "thousand" or "million" or "billion")
        {
            var scaleValue = next == "hundred" ? 100 : NumberWords.Scales[next];
            match = new NumberMatch(i, i + 1, scaleValue, NumberSubtype.Integer);
            return true;
        }

        return false;
    }
}
