using BotService.Recognizers.Text;

namespace BotService.Recognizers.Numbers;

/// <summary>Numbers written with digits: "4.800", "1,234", "3/4", "2  1/4", "2½", "2 million".</summary>
internal static class DigitNumberParser
{
    public static bool TryParse(TokenList t, int i, out NumberMatch match)
    {
        match = default;
        var text = t[i].Text;
        if (text.Length == 1 && Fractions.IsVulgar(text[0]))
        {
            match = new NumberMatch(i, i, Fractions.Value(text[0]), NumberSubtype.Fraction);
            return true;
        }

        if (!NumberFormat.TryParseDigits(text, out var value))
        {
            return false;
        }

        var isDecimal = text.Contains('.', StringComparison.Ordinal);
        if (!isDecimal && TryDigitFraction(t, i, out var numerator, out var denominator))
        {
            match = new NumberMatch(i, i + 2, numerator / denominator, NumberSubtype.Fraction);
            return true;
        }

        if (!isDecimal && t.Has(i + 1) && !t.IsGlued(i + 1) && TryDigitFraction(t, i + 1, out numerator, out denominator) && numerator < denominator)
        {
            match = new NumberMatch(i, i + 3, value + (numerator / denominator), NumberSubtype.Fraction);
            return true;
        }

        if (t.Has(i + 1) && t.IsGlued(i + 1) && t[i + 1].IsNumber && Fractions.IsVulgar(t[i + 1].Text[0]))
        {
            match = new NumberMatch(i, i + 1, value + Fractions.Value(t[i + 1].Text[0]), NumberSubtype.Fraction);
            return true;
        }

        if (t.Has(i + 1) && !t.IsGlued(i + 1) && (t.Is(i + 1, "hundred") || NumberWords.Scales.ContainsKey(t[i + 1].Text)))
        {
            var scale = t.Is(i + 1, "hundred") ? 100 : NumberWords.Scales[t[i + 1].Text];
            match = new NumberMatch(i, i + 1, value * scale, isDecimal && value * scale % 1 != 0 ? NumberSubtype.Decimal : NumberSubtype.Integer);
            return true;
        }

        match = new NumberMatch(i, i, value, isDecimal ? NumberSubtype.Decimal : NumberSubtype.Integer);
        return true;
    }

    // "3/4" written without spaces; a decimal denominator ("30/4.85") is a ratio, not a fraction.
    private static bool TryDigitFraction(TokenList t, int i, out double numerator, out double denominator)
    {
        numerator = denominator = 0;
        return t[i].IsNumber && t.Is(i + 1, "/") && t.IsGlued(i + 1) && t.Has(i + 2) && t[i + 2].IsNumber && t.IsGlued(i + 2)
            && !t[i].Text.Contains('.', StringComparison.Ordinal) && !t[i + 2].Text.Contains('.', StringComparison.Ordinal)
            && !t.Is(i + 3, "/")
            && NumberFormat.TryParseDigits(t[i].Text, out numerator) && NumberFormat.TryParseDigits(t[i + 2].Text, out denominator)
            && denominator != 0;
    }
}
