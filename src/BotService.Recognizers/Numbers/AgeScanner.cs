using BotService.Recognizers.Text;

namespace BotService.Recognizers.Numbers;

/// <summary>"five years old", "5-year-old", "ten months old", "6 weeks of age", "87 yo", "age 87".</summary>
internal static class AgeScanner
{
    public static bool TryParse(TokenList t, int i, out int last, out double value, out string unit)
    {
        last = -1;
        value = 0;
        unit = string.Empty;
        if (t.IsAny(i, "age", "aged") && NumberParser.TryParse(t, i + 1, out var stated) && t[stated.Last].IsNumber && stated.Value is > 0 and < 150)
        {
            (last, value, unit) = (stated.Last, stated.Value, "Age");
            return true;
        }

        if (!NumberParser.TryParse(t, i, out var n) || n.Value <= 0 || t.IsGlued(i) && t[i - 1].IsWord)
        {
            return false;
        }

        var k = n.Last + 1;
        if (t.Is(k, "yo") || (t.Is(k, "y") && t.Is(k + 1, "/") && t.Is(k + 2, "o")))
        {
            (last, value, unit) = (t.Is(k, "yo") ? k : k + 2, n.Value, "Year");
            return !t.IsGlued(last + 1) || !t[last + 1].IsWord;
        }

        k += t.Is(k, "-") ? 1 : 0;
        unit = t.Has(k) ? t[k].Text switch
        {
            "year" or "years" or "yr" or "yrs" => "Year",
            "month" or "months" => "Month",
            "week" or "weeks" => "Week",
            "day" or "days" => "Day",
            _ => string.Empty,
        } : string.Empty;
        if (unit.Length == 0)
        {
            return false;
        }

        k++;
        k += t.Is(k, "-") ? 1 : 0;
        if (t.Is(k, "old"))
        {
            (last, value) = (k, n.Value);
            return true;
        }

        if (t.Is(k, "of") && t.Is(k + 1, "age"))
        {
            (last, value) = (k + 1, n.Value);
            return true;
        }

        return false;
    }
}
