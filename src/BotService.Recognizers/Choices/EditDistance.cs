namespace BotService.Recognizers.Choices;

/// <summary>Bounded optimal-string-alignment distance: how many edits (with swaps) turn one word into another.</summary>
internal static class EditDistance
{
    /// <summary>The distance if it is at most <paramref name="max"/>, otherwise max + 1. Stops early on long or distant words.</summary>
    public static int Within(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max || a.Length > 64 || b.Length > 64)
        {
            return max + 1;
        }

        Span<int> prev2 = stackalloc int[b.Length + 1];
        Span<int> prev = stackalloc int[b.Length + 1];
        Span<int> row = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            row[0] = i;
            var best = row[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(row[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, prev2[j - 2] + 1);
                }

                row[j] = value;
                best = Math.Min(best, value);
            }

            if (best > max)
            {
                return max + 1;
            }

            var spare = prev2;
            prev2 = prev;
            prev = row;
            row = spare;
        }

        return Math.Min(prev[b.Length], max + 1);
    }
}
