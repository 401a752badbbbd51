using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace BotService.Triage.Extraction;

/// <summary>
/// Says which of a list of items (each a few regexes) could match a clause, from the literal prefixes of their
/// patterns, in one pass over the clause: almost every lexicon pattern cannot match a given clause, and a few
/// lookups per word boundary cost far less than running each regex. Items whose prefixes are unknown are
/// always candidates; an item with no regex never is. Literals a match contains rather than starts with ("ectomy")
/// are searched for anywhere in the clause.
/// </summary>
internal sealed class PrefixIndex
{
    /// <summary>Prefixes are found by their first few characters (packed into an int), then compared whole.</summary>
    private const int KeyLength = 3;
    private const int LengthShift = 7 * KeyLength;

    private readonly FrozenDictionary<int, (int Item, string Prefix)[]> _byKey;
    private readonly int[] _alwaysRun;
    private readonly int[] _runIfNotAscii;
    private readonly (int Item, string Infix)[] _infixes;

    /// <summary>Items whose every match starts where one of their prefixes is found (none always runs or has infixes).</summary>
    private readonly bool[] _startKnown;

    /// <summary>Items with words one of which every match contains, and those words.</summary>
    private readonly (int Item, IReadOnlyList<string> Words)[] _requires;

    /// <param name="items">Each item's regexes.</param>
    /// <param name="requires">For the first items, words one of which every match of the item contains (null: none known).</param>
    public PrefixIndex(IReadOnlyList<IReadOnlyList<Regex>> items, IReadOnlyList<IReadOnlyList<string>?>? requires = null)
    {
        _requires = [.. (requires ?? []).Select((words, item) => (item, words)).Where(r => r.words is { Count: > 0 }).Select(r => (r.item, r.words!))];
        Count = items.Count;
        var byKey = new Dictionary<int, List<(int, string)>>();
        var (alwaysRun, runIfNotAscii, infixes) = (new List<int>(), new List<int>(), new List<(int, string)>());
        _startKnown = new bool[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            var prefixes = items[i].Select(PrefixAnalyzer.Analyze).ToList();
            if (prefixes.Any(p => p.Values is null || !p.AtWordStart || !p.Values.Concat(p.Infixes).All(v => v.All(char.IsAscii))))
            {
                alwaysRun.Add(i);
                continue;
            }

            if (prefixes.Any(p => p.AsciiTextOnly))
            {
                runIfNotAscii.Add(i);
            }

            infixes.AddRange(prefixes.SelectMany(p => p.Infixes).Distinct(StringComparer.Ordinal).Select(infix => (i, infix)));
            _startKnown[i] = prefixes.All(p => p.Infixes.Count == 0);
            foreach (var prefix in prefixes.SelectMany(p => p.Values!).Distinct(StringComparer.Ordinal))
            {
                var key = KeyOf(prefix.AsSpan(0, Math.Min(KeyLength, prefix.Length)));
                (byKey.TryGetValue(key, out var list) ? list : byKey[key] = []).Add((i, prefix));
            }
        }

        _byKey = byKey.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray());
        (_alwaysRun, _runIfNotAscii, _infixes) = ([.. alwaysRun], [.. runIfNotAscii], [.. infixes]);
    }

    /// <summary>How many items; the span given to <see cref="Mark"/> must be this long.</summary>
    public int Count { get; }

    /// <summary>Items that run on every clause because their prefixes are unknown.</summary>
    public IReadOnlyList<int> AlwaysRun => _alwaysRun;

    /// <summary>Sets <paramref name="candidates"/>[i] for every item that could match in <paramref name="text"/>.</summary>
    public void Mark(string text, Span<bool> candidates) => Mark(text, candidates, []);

    /// <summary>
    /// As <see cref="Mark(string, Span{bool})"/>, and sets <paramref name="firstAt"/>[i] to where item i's first prefix
    /// starts (0 when that is not known): no match of the item starts before it, so a scan can begin there.
    /// </summary>
    public void Mark(string text, Span<bool> candidates, Span<int> firstAt)
    {
        firstAt.Clear();
        MarkAll(_alwaysRun, candidates);
        var ascii = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            ascii &= char.IsAscii(c);
            // Every indexed pattern starts with \b, which cannot hold between two letters or digits; prefixes are ASCII.
            if (!char.IsAscii(c) || (i > 0 && char.IsAsciiLetterOrDigit(c) && char.IsAsciiLetterOrDigit(text[i - 1])))
            {
                continue;
            }

            var key = (int)c;
            MarkKey((1 << LengthShift) | key, text, i, candidates, firstAt);
            for (var n = 1; n < KeyLength && i + n < text.Length && char.IsAscii(text[i + n]); n++)
            {
                key |= text[i + n] << (7 * n);
                MarkKey(((n + 1) << LengthShift) | key, text, i, candidates, firstAt);
            }
        }

        foreach (var (item, infix) in _infixes)
        {
            if (!candidates[item] && text.Contains(infix, StringComparison.Ordinal))
            {
                candidates[item] = true;
            }
        }

        foreach (var (item, words) in _requires)
        {
            if (candidates[item] && !ContainsAny(text, words))
            {
                candidates[item] = false;
            }
        }

        if (!ascii)
        {
            MarkAll(_runIfNotAscii, candidates);
            foreach (var i in _runIfNotAscii)
            {
                if (i < firstAt.Length)
                {
                    firstAt[i] = 0;
                }
            }
        }
    }

    private static bool ContainsAny(string text, IReadOnlyList<string> words)
    {
        foreach (var word in words)
        {
            if (text.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static void MarkAll(int[] items, Span<bool> candidates)
    {
        foreach (var i in items)
        {
            candidates[i] = true;
        }
    }

    private void MarkKey(int key, string text, int start, Span<bool> candidates, Span<int> firstAt)
    {
        if (!_byKey.TryGetValue(key, out var bucket))
        {
            return;
        }

        foreach (var (item, prefix) in bucket)
        {
            if (!candidates[item] && text.AsSpan(start).StartsWith(prefix, StringComparison.Ordinal))
            {
                candidates[item] = true;
                if (firstAt.Length > 0 && _startKnown[item])
                {
                    firstAt[item] = start;
                }
            }
        }
    }

    private static int KeyOf(ReadOnlySpan<char> chars)
    {
        var key = chars.Length << LengthShift;
        for (var n = 0; n < chars.Length; n++)
        {
            key |= chars[n] << (7 * n);
        }

        return key;
    }
}
