using BotService.Content.Retrieval;

namespace BotService.Content;

/// <summary>
/// Groups of terms that mean the same thing to our users (one group per line of <c>synonyms.txt</c>, terms
/// separated by commas; a term may be several words). A question term found in a group is expanded to the
/// whole group.
/// </summary>
public sealed class SynonymList
{
    private readonly Dictionary<string, List<int>> _groupsByKey = new(StringComparer.Ordinal);

    private SynonymList(List<IReadOnlyList<string>> groups)
    {
        Groups = groups;
        for (var i = 0; i < groups.Count; i++)
        {
            foreach (var term in groups[i])
            {
                var key = Words.Key(Words.Split(term));
                if (!_groupsByKey.TryGetValue(key, out var list))
                {
                    _groupsByKey[key] = list = [];
                }

                if (!list.Contains(i))
                {
                    list.Add(i);
                }

                MaxWords = Math.Max(MaxWords, term.Split(' ').Length);
            }
        }
    }

    public IReadOnlyList<IReadOnlyList<string>> Groups { get; }

    /// <summary>The most words in any one term, i.e. the longest phrase to look for in a question.</summary>
    public int MaxWords { get; private set; } = 1;

    public static SynonymList Empty { get; } = new([]);

    /// <summary>Every term that shares a group with the term whose key (see <c>Words.Key</c>) is given.</summary>
    internal IEnumerable<string> Expand(string key) =>
        _groupsByKey.TryGetValue(key, out var groups) ? groups.SelectMany(g => Groups[g]).Distinct() : [];

    internal bool Contains(string key) => _groupsByKey.ContainsKey(key);

    /// <summary>The groups a term (given by its key) belongs to.</summary>
    internal IReadOnlyList<int> GroupsOf(string key) => _groupsByKey.TryGetValue(key, out var groups) ? groups : [];

    /// <summary>The token that stands for a whole group in the index's concept column.</summary>
    internal static string ConceptToken(int group) => $"zsyn{group}";

    /// <summary>One concept token per group term found in the words, longest phrases first.</summary>
    internal IEnumerable<string> ConceptsIn(IReadOnlyList<string> words)
    {
        var i = 0;
        while (i < words.Count)
        {
            var matched = 1;
            for (var length = Math.Min(MaxWords, words.Count - i); length >= 1; length--)
            {
                if (_groupsByKey.TryGetValue(Words.Key(words.Skip(i).Take(length)), out var groups))
                {
                    foreach (var group in groups)
                    {
                        yield return ConceptToken(group);
                    }

                    matched = length;
                    break;
                }
            }

            i += matched;
        }
    }

    internal static SynonymList Parse(IEnumerable<string> lines, List<string> problems)
    {
        var groups = new List<IReadOnlyList<string>>();
        foreach (var line in lines)
        {
            var terms = line.Split(',')
                .Select(t => string.Join(' ', Words.Split(t)))
                .Where(t => t.Length > 0)
                .Distinct()
                .ToList();
            if (terms.Count < 2)
            {
                problems.Add($"synonyms.txt: the line '{line}' needs at least two terms separated by commas.");
                continue;
            }

            groups.Add(terms);
        }

        return new SynonymList(groups);
    }
}
