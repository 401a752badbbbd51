using System.Text.RegularExpressions;

namespace BotService.Triage.Extraction;

/// <summary>
/// Where one pattern matches in a text, found once, in order: which matches lie before a point, or between two, is then
/// a binary search instead of a scan of the text.
/// </summary>
internal sealed class WordSpans
{
    private readonly List<(int Start, int End)> _spans = [];

    public WordSpans(Regex pattern, string text)
    {
        foreach (var match in pattern.EnumerateMatches(text))
        {
            _spans.Add((match.Index, match.Index + match.Length));
        }
    }

    public int Count => _spans.Count;

    /// <summary>The end of the last match that ends at or before <paramref name="position"/>; null when none does.</summary>
    public int? LastEndAtOrBefore(int position)
    {
        // Matches do not overlap, so their ends are in order as well as their starts.
        var (low, high) = (0, _spans.Count - 1);
        int? found = null;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            if (_spans[middle].End <= position)
            {
                found = _spans[middle].End;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found;
    }

    /// <summary>Whether a whole match lies between <paramref name="from"/> and <paramref name="to"/>.</summary>
    public bool AnyWithin(int from, int to)
    {
        var (low, high) = (0, _spans.Count);
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            (low, high) = _spans[middle].Start < from ? (middle + 1, high) : (low, middle);
        }

        return low < _spans.Count && _spans[low].End <= to;
    }
}
