namespace BotService.Triage.Extraction;

/// <summary>
/// What every match of a piece of a regular expression starts with: each item is a literal that the match either
/// equals exactly (so what follows can extend it) or merely starts with. An item with empty text that is not exact
/// says nothing is known about the start, which makes the whole analysis give up (the regex then always runs).
/// </summary>
internal sealed class PrefixSet
{
    /// <summary>Bigger sets cost more to index than running the regex saves, and bound the work on odd patterns.</summary>
    public const int MaxCount = 256;

    private PrefixSet(HashSet<(string Text, bool Exact)> items, int maxLength)
    {
        Items = items;
        MaxLength = maxLength;
    }

    public IReadOnlySet<(string Text, bool Exact)> Items { get; }

    /// <summary>Prefixes are cut to this many characters.</summary>
    public int MaxLength { get; }

    /// <summary>Matches only the empty string: an empty sequence or a zero-width assertion.</summary>
    public static PrefixSet Empty(int maxLength) => new([("", true)], maxLength);

    /// <summary>Matches something this analysis does not follow (a character class, \w, a dot).</summary>
    public static PrefixSet Unknown(int maxLength) => new([("", false)], maxLength);

    public static PrefixSet Of(IEnumerable<char> chars, int maxLength) => new([.. chars.Select(c => (c.ToString(), true))], maxLength);

    /// <summary>This piece followed by <paramref name="next"/>; null when the set grows too big.</summary>
    public PrefixSet? Then(PrefixSet next)
    {
        var items = new HashSet<(string, bool)>();
        foreach (var (text, exact) in Items)
        {
            if (!exact)
            {
                items.Add((text, false));
                continue;
            }

            foreach (var (more, moreExact) in next.Items)
            {
                var joined = text + more;
                items.Add(joined.Length >= MaxLength ? (joined[..MaxLength], false) : (joined, moreExact));
            }

            if (items.Count > MaxCount)
            {
                return null;
            }
        }

        return new(items, MaxLength);
    }

    /// <summary>Either this piece or <paramref name="other"/> (alternation); null when the set grows too big.</summary>
    public PrefixSet? Or(PrefixSet other)
    {
        var items = new HashSet<(string, bool)>(Items);
        items.UnionWith(other.Items);
        return items.Count > MaxCount ? null : new(items, MaxLength);
    }

    /// <summary>
    /// Repeated at most <paramref name="max"/> times, at least <paramref name="min"/>: a match starts with one
    /// iteration, and after it more may follow, so nothing is exact any more once more than one is allowed.
    /// </summary>
    public PrefixSet? Repeated(int min, int max)
    {
        if (max == 0)
        {
            return Empty(MaxLength);
        }

        var once = max == 1 ? this : new(Items.Select(i => (i.Text, false)).ToHashSet(), MaxLength);
        return min == 0 ? once.Or(Empty(MaxLength)) : once;
    }
}
