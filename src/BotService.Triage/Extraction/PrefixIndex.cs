using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace BotService.Triage.Extraction;

/// <summary>
/// Says which of a list of items (each a few regexes) could match a clause, from the literal prefixes of their
/// patterns, in one pass over the clause: almost every lexicon pattern cannot match a given clause, and looking up
/// three short keys per word boundary costs far less than running each compiled regex. Items whose prefixes are
/// unknown are always candidates; an item with no regex never is.
/// </summary>
internal sealed class PrefixIndex
{
    private const int LengthShift = 7 * PrefixSet.Length;

    private readonly FrozenDictionary<int, int[]> _byKey;
    private readonly int[] _alwaysRun;

    public PrefixIndex(IReadOnlyList<IReadOnlyList<Regex>> items)
    {
        Count = items.Count;
        var byKey = new Dictionary<int, List<int>>();
        var alwaysRun = new List<int>();
        for (var i = 0; i < items.Count; i++)
        {
            if (KeysOf(items[i]) is not { } keys)
            {
                alwaysRun.Add(i);
                continue;
            }

            foreach (var key in keys)
            {
                (byKey.TryGetValue(key, out var list) ? list : byKey[key] = []).Add(i);
            }
        }

        _byKey = byKey.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray());
        _alwaysRun = [.. alwaysRun];
    }

    /// <summary>How many items; the span given to <see cref="Mark"/> must be this long.</summary>
    public int Count { get; }

    /// <summary>Items that run on every clause because their prefixes are unknown.</summary>
    public IReadOnlyList<int> AlwaysRun => _alwaysRun;

    /// <summary>Sets <paramref name="candidates"/>[i] for every item that could match in <paramref name="text"/>.</summary>
    public void Mark(string text, Span<bool> candidates)
    {
        foreach (var i in _alwaysRun)
        {
            candidates[i] = true;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            // Every indexed pattern starts with \b, which cannot hold between two letters or digits; prefixes are ASCII.
            if (!char.IsAscii(c) || (i > 0 && char.IsAsciiLetterOrDigit(c) && char.IsAsciiLetterOrDigit(text[i - 1])))
            {
                continue;
            }

            var key = (int)c;
            MarkKey((1 << LengthShift) | key, candidates);
            for (var n = 1; n < PrefixSet.Length && i + n < text.Length && char.IsAscii(text[i + n]); n++)
            {
                key |= text[i + n] << (7 * n);
                MarkKey(((n + 1) << LengthShift) | key, candidates);
            }
        }
    }

    private void MarkKey(int key, Span<bool> candidates)
    {
        if (_byKey.TryGetValue(key, out var items))
        {
            foreach (var item in items)
            {
                candidates[item] = true;
            }
        }
    }

    /// <summary>The keys of an item's prefixes; null when the item must always run.</summary>
    private static HashSet<int>? KeysOf(IReadOnlyList<Regex> regexes)
    {
        var keys = new HashSet<int>();
        foreach (var regex in regexes)
        {
            var prefixes = PrefixAnalyzer.Analyze(regex);
            if (prefixes.Values is not { } values || !prefixes.AtWordStart || !values.All(v => v.All(char.IsAscii)))
            {
                return null;
            }

            keys.UnionWith(values.Select(KeyOf));
        }

        return keys;
    }

    private static int KeyOf(string prefix)
    {
        var key = prefix.Length << LengthShift;
        for (var n = 0; n < prefix.Length; n++)
        {
            key |= prefix[n] << (7 * n);
        }

        return key;
    }
}
