namespace BotService.Content.Retrieval;

/// <summary>
/// The words of the indexed passages with their document frequency, and a spelling corrector over them.
/// Correction uses the symmetric-delete idea: every vocabulary word is indexed under itself and each form with
/// one letter removed; a typed word's own deletions are looked up there and candidates are confirmed with a true
/// edit distance. That finds one-letter slips in any word of four letters or more, and most two-letter slips in
/// words of eight or more, without scanning the vocabulary. A word longer than the longest vocabulary word plus the
/// edits allowed cannot be within reach of any, so it is not looked up at all; the deletions of a shorter one are
/// looked up as spans, without building a string for each, so a word costs at most a few hundred lookups.
/// </summary>
internal sealed class Vocabulary
{
    private const int MinCorrectableLength = 4;
    private const int TwoEditLength = 8;
    private const int MaxStackWord = 64;

    private readonly Dictionary<string, int> _frequency = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _stemFrequency = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _deletes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>>.AlternateLookup<ReadOnlySpan<char>> _deletesBySpan;
    private readonly HashSet<string> _topicalStems = new(StringComparer.Ordinal);

    /// <param name="documents">The words of each passage.</param>
    /// <param name="topicalWords">Words that name what passages are about (titles, tags, synonyms).</param>
    public Vocabulary(IReadOnlyList<IReadOnlyList<string>> documents, IEnumerable<string> topicalWords)
    {
        DocumentCount = documents.Count;
        _topicalStems.UnionWith(topicalWords.Select(Words.Stem));
        foreach (var document in documents)
        {
            foreach (var word in document.Distinct())
            {
                _frequency[word] = _frequency.GetValueOrDefault(word) + 1;
            }
        }

        foreach (var (word, count) in _frequency)
        {
            var stem = Words.Stem(word);
            _stemFrequency[stem] = Math.Max(_stemFrequency.GetValueOrDefault(stem), count);
            LongestWord = Math.Max(LongestWord, word.Length);
            if (word.Length >= MinCorrectableLength - 1)
            {
                AddDelete(word, word);
                foreach (var delete in Deletes(word))
                {
                    AddDelete(delete, word);
                }
            }
        }

        _deletesBySpan = _deletes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int DocumentCount { get; }

    /// <summary>The length of the longest vocabulary word.</summary>
    public int LongestWord { get; }

    /// <summary>How many passages contain a word with this word's stem (0 when none does).</summary>
    public int Frequency(string word) => _stemFrequency.GetValueOrDefault(Words.Stem(word));

    /// <summary>True when the word names a topic (appears in a title, a tag or the synonym list).</summary>
    public bool IsTopical(string word) => _topicalStems.Contains(Words.Stem(word));

    /// <summary>The closest known word, or null when nothing is close enough.</summary>
    public string? Correct(string word)
    {
        var maxDistance = word.Length >= TwoEditLength ? 2 : 1;
        // Every edit changes the length by at most one, so a longer word is further than maxDistance from all.
        if (word.Length < MinCorrectableLength || word.Length > LongestWord + maxDistance || word.Any(char.IsDigit))
        {
            return null;
        }

        // The word, then each single deletion followed by its own deletions: the order the probes were once
        // collected in, so that ties between equally close and equally frequent words resolve as before.
        var correction = new Correction(word, maxDistance, _frequency);
        correction.Consider(_deletesBySpan, word);
        Span<char> once = word.Length <= MaxStackWord ? stackalloc char[MaxStackWord] : new char[word.Length];
        Span<char> twice = word.Length <= MaxStackWord ? stackalloc char[MaxStackWord] : new char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            var onceDeleted = Delete(word, i, once);
            correction.Consider(_deletesBySpan, onceDeleted);
            if (maxDistance == 2)
            {
                for (var j = 0; j < onceDeleted.Length; j++)
                {
                    correction.Consider(_deletesBySpan, Delete(onceDeleted, j, twice));
                }
            }
        }

        return correction.Best;
    }

    /// <summary>The text without the character at <paramref name="index"/>, written into <paramref name="buffer"/>.</summary>
    private static ReadOnlySpan<char> Delete(ReadOnlySpan<char> text, int index, Span<char> buffer)
    {
        text[..index].CopyTo(buffer);
        text[(index + 1)..].CopyTo(buffer[index..]);
        return buffer[..(text.Length - 1)];
    }

    private static IEnumerable<string> Deletes(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            yield return string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1));
        }
    }

    private void AddDelete(string key, string word)
    {
        if (!_deletes.TryGetValue(key, out var list))
        {
            _deletes[key] = list = [];
        }

        if (!list.Contains(word))
        {
            list.Add(word);
        }
    }

    /// <summary>The best candidate so far; each vocabulary word is measured once, however many probes reach it.</summary>
    private struct Correction(string word, int maxDistance, Dictionary<string, int> frequencies)
    {
        private HashSet<string>? _measured;
        private int _bestDistance = int.MaxValue;
        private int _bestFrequency;

        public string? Best { get; private set; }

        public void Consider(Dictionary<string, List<string>>.AlternateLookup<ReadOnlySpan<char>> deletes, ReadOnlySpan<char> probe)
        {
            if (!deletes.TryGetValue(probe, out var candidates))
            {
                return;
            }

            foreach (var candidate in candidates)
            {
                if (!(_measured ??= new HashSet<string>(StringComparer.Ordinal)).Add(candidate))
                {
                    continue;
                }

                var distance = EditDistance.Between(word, candidate, maxDistance);
                var frequency = frequencies[candidate];
                if (distance <= maxDistance && (distance < _bestDistance || (distance == _bestDistance && frequency > _bestFrequency)))
                {
                    (Best, _bestDistance, _bestFrequency) = (candidate, distance, frequency);
                }
            }
        }
    }
}
