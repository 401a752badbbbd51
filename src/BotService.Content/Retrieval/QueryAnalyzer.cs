using System.Text;

namespace BotService.Content.Retrieval;

/// <summary>Turns a question into an FTS5 match expression and a measure of how much of it is in scope.</summary>
internal sealed class QueryAnalyzer(Vocabulary vocabulary, SynonymList synonyms, IReadOnlySet<string> stopWords)
{
    private const int MaxTerms = 24;

    public AnalyzedQuery Analyze(string question)
    {
        var words = Words.Split(question);
        var terms = new List<QueryTerm>();
        var i = 0;
        while (i < words.Count && terms.Count < MaxTerms)
        {
            if (TryPhrase(words, i, out var phrase, out var length))
            {
                terms.Add(phrase);
                i += length;
                continue;
            }

            var word = words[i++];
            if (word.Length < 2 || stopWords.Contains(word))
            {
                continue;
            }

            terms.Add(Term(word));
        }

        return new AnalyzedQuery(terms, BuildMatch(terms), Coverage(terms));
    }

    private bool TryPhrase(List<string> words, int start, out QueryTerm term, out int length)
    {
        for (length = Math.Min(synonyms.MaxWords, words.Count - start); length >= 2; length--)
        {
            var slice = words.GetRange(start, length);
            var key = Words.Key(slice);
            if (synonyms.Contains(key))
            {
                var typed = string.Join(' ', slice);
                term = new QueryTerm(typed, typed, 1.0, Weight(synonyms.Expand(key)), Expansions(typed, key));
                return true;
            }
        }

        term = null!;
        return false;
    }

    private QueryTerm Term(string word)
    {
        var searched = word;
        var known = vocabulary.Frequency(word) > 0 || synonyms.Contains(Words.Stem(word));
        if (!known && vocabulary.Correct(word) is { } corrected)
        {
            (searched, known) = (corrected, true);
        }

        var key = Words.Stem(searched);
        var weight = known ? Weight(synonyms.Expand(key).Prepend(searched)) : UnknownWeight;
        // A word that names a topic counts fully; one that only appears in passage text counts half. A spelling
        // correction halves that again unless it lands on a topic word of six letters or more: short words have
        // many neighbours, so "movie" -> "move" is weak evidence while "fasiculations" -> "fasciculations" is not.
        var topical = synonyms.Contains(key) || vocabulary.IsTopical(searched);
        var knowledge = !known ? 0.0
            : searched == word ? (topical ? 1.0 : 0.5)
            : topical && word.Length >= 6 ? 1.0
            : topical ? 0.5 : 0.25;
        return new QueryTerm(word, searched, knowledge, weight, Expansions(searched, key), known ? vocabulary.Frequency(searched) : 0);
    }

    /// <summary>
    /// The term itself plus one concept token per synonym group it belongs to. Expanding to the group's concept
    /// token rather than to every member keeps a passage that uses five words for "twitch" from outscoring one
    /// that uses one.
    /// </summary>
    private List<string> Expansions(string term, string key) =>
        synonyms.GroupsOf(key).Select(SynonymList.ConceptToken).Prepend(term).ToList();

    /// <summary>Inverse document frequency of the most common of the terms (a synonym group is as common as its commonest member).</summary>
    private double Weight(IEnumerable<string> terms)
    {
        var frequency = terms.Max(t => t.Split(' ').Min(vocabulary.Frequency));
        return Idf(frequency);
    }

    private double UnknownWeight => Idf(0);

    private double Idf(int frequency) => Math.Log(1 + ((vocabulary.DocumentCount + 1.0) / (frequency + 0.5)));

    private static double Coverage(List<QueryTerm> terms)
    {
        var total = terms.Sum(t => t.Weight);
        return total == 0 ? 0 : terms.Sum(t => t.Weight * t.Knowledge) / total;
    }

    private static string? BuildMatch(List<QueryTerm> terms)
    {
        var parts = terms.Where(t => t.Known).SelectMany(t => t.Expansions).Distinct().ToList();
        if (parts.Count == 0)
        {
            return null;
        }

        var match = new StringBuilder();
        foreach (var part in parts)
        {
            if (match.Length > 0)
            {
                match.Append(" OR ");
            }

            // Each term is quoted, so FTS5 treats it as a word or phrase and never as query syntax.
            match.Append('"').Append(part.Replace("\"", string.Empty, StringComparison.Ordinal)).Append('"');
        }

        return match.ToString();
    }
}
