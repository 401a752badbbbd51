using BotService.Recognizers.Text;

namespace BotService.Recognizers.Numbers;

/// <summary>Ordinals: "2nd", "11th", "eleventh", "twenty-first".</summary>
internal static class OrdinalExtractor
{
    public static bool TryParse(TokenList t, int i, out int last, out int value)
    {
        last = -1;
        value = 0;
        if (!t.Has(i))
        {
            return false;
        }

        if (t[i].IsNumber && t.IsGlued(i + 1) && t.IsAny(i + 1, "st", "nd", "rd", "th")
            && !t[i].Text.Contains('.', StringComparison.Ordinal) && t[i].Text.Length <= 9 && int.TryParse(t[i].Text.Replace(",", string.Empty, StringComparison.Ordinal), out value))
        {
            last = i + 1;
            return !t.IsGlued(i + 2) || !t[i + 2].IsWord;
        }

        if (!t[i].IsWord)
        {
            return false;
        }

        if (NumberWords.Tens.TryGetValue(t[i].Text, out var tens))
        {
            var k = t.Is(i + 1, "-") ? i + 2 : i + 1;
            if (t.Has(k) && NumberWords.Ordinals.TryGetValue(t[k].Text, out var unit) && unit < 10)
            {
                last = k;
                value = tens + unit;
                return true;
            }

            return false;
        }

        if (NumberWords.Ordinals.TryGetValue(t[i].Text, out value))
        {
            last = i;
            return true;
        }

        return false;
    }

    public static List<(int First, int Last, int Value)> Extract(TokenList t)
    {
        var found = new List<(int, int, int)>();
        for (var i = 0; i < t.Count; i++)
        {
            if (TryParse(t, i, out var last, out var value) && !IsTimeUnitSecond(t, i, last))
            {
                found.Add((i, last, value));
                i = last;
            }
        }

        return found;
    }

    // "one second", "30 second" use "second" as a unit of time.
    private static bool IsTimeUnitSecond(TokenList t, int i, int last) =>
        i == last && t[i].Is("second") && i > 0 && (t[i - 1].IsNumber || NumberWords.IsCardinalWord(t[i - 1].Text));
}
