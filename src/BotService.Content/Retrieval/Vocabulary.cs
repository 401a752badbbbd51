namespace BotService.Content.Retrieval;

/// <summary>
/// The words of the indexed passages with their document frequency, and a spelling corrector over them.
/// Correction uses the symmetric-delete idea: every vocabulary word is indexed under itself and each form with
/// one letter removed; a typed word's own deletions are looked up there and candidates are confirmed with a true
/// edit distance. That finds one-letter slips in any word of four letters or more, and most two-letter slips in
/// words of eight or more, without scanning the vocabulary.
/// </summary>
internal sealed class Vocabulary
{
    private const int MinCorrectableLength = 4;
    private const int TwoEditLength = 8;

    private readonly Dictionary<string, int> _frequency = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _stemFrequency = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _deletes = new(StringComparer.Ordinal);
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
            if (word.Length >= MinCorrectableLength - 1)
            {
                AddDelete(word, word);
                foreach (var delete in Deletes(word))
                {
                    AddDelete(delete, word);
                }
            }
        }
    }

    public int DocumentCount { get; }

    /// <summary>How many passages contain a word with this word's stem (0 when none does).</summary>
    public int Frequency(string word) => _stemFrequency.GetValueOrDefault(Words.Stem(word));

    /// <summary>True when the word names a topic (appears in a title, a tag or the synonym list).</summary>
    public bool IsTopical(string word) => _topicalStems.Contains(Words.Stem(word));

    /// <summary>The closest known word, or null when nothing is close enough.</summary>
    public string? Correct(string word)
    {
        if (word.Length < MinCorrectableLength || word.Any(char.IsDigit))
        {
            return null;
        }

        var maxDistance = word.Length >= TwoEditLength ? 2 : 1;
        var probes = new HashSet<string>(StringComparer.Ordinal) { word };
        foreach (var once in Deletes(word))
        {
            probes.Add(once);
            if (maxDistance == 2)
            {
                probes.UnionWith(Deletes(once));
            }
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        var bestFrequency = 0;
        foreach (var probe in probes)
        {
            if (!_deletes.TryGetValue(probe, out var candidates))
            {
                continue;
            }

            foreach (var candidate in candidates)
            {
                var distance = EditDistance.Between(word, candidate, maxDistance);
                var frequency = _frequency[candidate];
                if (distance <= maxDistance && (distance < bestDistance || (distance == bestDistance && frequency > bestFrequency)))
                {
                    (best, bestDistance, bestFrequency) = (candidate, distance, frequency);
                }
            }
        }

        return best;
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
}
