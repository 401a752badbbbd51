namespace BotService.Triage.Extraction;

/// <summary>How a literal relates to every match of a piece of a regex.</summary>
internal enum LiteralKind
{
    /// <summary>The match is exactly the literal, so what follows can extend it.</summary>
    Exact,

    /// <summary>The match starts with the literal. With an empty literal: nothing is known about the start.</summary>
    Prefix,

    /// <summary>
    /// The match ends with the literal, after something not followed ("\w+ectomy" so far), so what follows can extend
    /// it. With an empty literal: nothing is known.
    /// </summary>
    Tail,

    /// <summary>The match contains the literal somewhere.</summary>
    Inside,
}

/// <summary>
/// What every match of a piece of a regular expression is known to start with, end with or contain: every match
/// fits at least one item. An item with an empty literal says nothing (or that the piece can match nothing), which
/// makes the whole analysis give up (the regex then always runs).
/// </summary>
internal sealed class PrefixSet
{
    /// <summary>Bigger sets cost more to index than running the regex saves, and bound the work on odd patterns.</summary>
    public const int MaxCount = 256;

    private PrefixSet(HashSet<(string Text, LiteralKind Kind)> items, int maxLength)
    {
        Items = items;
        MaxLength = maxLength;
    }

    public IReadOnlySet<(string Text, LiteralKind Kind)> Items { get; }

    /// <summary>Literals are cut to this many characters.</summary>
    public int MaxLength { get; }

    /// <summary>Matches only the empty string: an empty sequence or a zero-width assertion.</summary>
    public static PrefixSet Empty(int maxLength) => new([("", LiteralKind.Exact)], maxLength);

    /// <summary>Matches something this analysis does not follow (a character class, \w, a dot).</summary>
    public static PrefixSet Unknown(int maxLength) => new([("", LiteralKind.Tail)], maxLength);

    public static PrefixSet Of(IEnumerable<char> chars, int maxLength) =>
        new([.. chars.Select(c => (c.ToString(), LiteralKind.Exact))], maxLength);

    /// <summary>This piece followed by <paramref name="next"/>; null when the set grows too big.</summary>
    public PrefixSet? Then(PrefixSet next)
    {
        var items = new HashSet<(string, LiteralKind)>();
        foreach (var (text, kind) in Items)
        {
            foreach (var item in Join(text, kind, next))
            {
                items.Add(item);
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
        var items = new HashSet<(string, LiteralKind)>(Items);
        items.UnionWith(other.Items);
        return items.Count > MaxCount ? null : new(items, MaxLength);
    }

    /// <summary>
    /// Repeated at most <paramref name="max"/> times, at least <paramref name="min"/>: a match starts with one
    /// iteration, and after it more may follow, so an exact literal becomes a prefix and a tail one inside.
    /// </summary>
    public PrefixSet? Repeated(int min, int max)
    {
        if (max == 0)
        {
            return Empty(MaxLength);
        }

        var once = max == 1 ? this : new(Items.Select(i => (i.Text, Repeated(i.Text, i.Kind))).ToHashSet(), MaxLength);
        return min == 0 ? once.Or(Empty(MaxLength)) : once;
    }

    private static LiteralKind Repeated(string text, LiteralKind kind) => (text.Length, kind) switch
    {
        // Knowing nothing stays knowing nothing; "ends with nothing" is as true after more iterations.
        (0, _) => LiteralKind.Tail,
        (_, LiteralKind.Exact) => LiteralKind.Prefix,
        (_, LiteralKind.Tail) => LiteralKind.Inside,
        _ => kind,
    };

    /// <summary>What a match that fits (text, kind) followed by a match of <paramref name="next"/> fits.</summary>
    private IEnumerable<(string, LiteralKind)> Join(string text, LiteralKind kind, PrefixSet next) => kind switch
    {
        LiteralKind.Exact => next.Items.Select(n => n.Kind switch
        {
            LiteralKind.Exact or LiteralKind.Prefix => Cut(text + n.Text, n.Kind, LiteralKind.Prefix),
            // Exactly the text, then something whose start is unknown: the match starts with the text.
            _ => text.Length > 0 ? (text, LiteralKind.Prefix) : n,
        }),
        LiteralKind.Tail => next.Items.Select(n => n.Kind switch
        {
            LiteralKind.Exact => Cut(text + n.Text, LiteralKind.Tail, LiteralKind.Inside),
            LiteralKind.Prefix => Cut(text + n.Text, LiteralKind.Inside, LiteralKind.Inside),
            // The next piece's own tail or inside literal is only worth taking when this one has none.
            _ => text.Length > 0 ? (text, LiteralKind.Inside) : n,
        }),
        _ => [(text, kind)],
    };

    /// <summary>A literal cut to <see cref="MaxLength"/>; once cut, the match only starts with (or contains) it.</summary>
    private (string, LiteralKind) Cut(string text, LiteralKind kind, LiteralKind cutKind) =>
        text.Length >= MaxLength ? (text[..MaxLength], cutKind) : (text, kind);
}
