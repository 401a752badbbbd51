using BotService.Recognizers.Choices;
using BotService.Recognizers.Numbers;
using BotService.Recognizers.Text;

namespace BotService.Recognizers;

/// <summary>
/// Matches a reply against a list of choices, shaped like Bot Framework's ChoiceRecognizers.RecognizeChoices:
/// text first (values and synonyms, typo-tolerant); only when no text matches, an ordinal ("the second one",
/// "2nd", "the last one"), then a number ("2"). Ties between different choices over the same words (a bare
/// "leg" for "left leg" and "right leg") return nothing, so the caller asks again instead of guessing.
/// </summary>
public static class ChoiceRecognizer
{
    public const string ChoiceType = "choice";

    public static IReadOnlyList<ModelResult<FoundChoice>> RecognizeChoices(string utterance, IReadOnlyList<ChoiceOption> choices, string culture = Culture.English)
    {
        ArgumentNullException.ThrowIfNull(choices);
        Culture.Resolve(culture);
        utterance ??= string.Empty;
        if (choices.Count == 0 || utterance.Length == 0)
        {
            return [];
        }

        var byText = ByText(utterance, choices);
        return byText.Count > 0 ? byText : ByPosition(utterance, choices);
    }

    private static List<ModelResult<FoundChoice>> ByText(string utterance, IReadOnlyList<ChoiceOption> choices)
    {
        var words = WordSplitter.Split(utterance);
        var found = new List<ValueMatch>();
        for (var index = 0; index < choices.Count; index++)
        {
            var choice = choices[index];
            ValueMatcher.Find(words, index, choice.Value, WordSplitter.Split(choice.Value), found);
            foreach (var synonym in choice.Synonyms ?? [])
            {
                ValueMatcher.Find(words, index, synonym, WordSplitter.Split(synonym), found);
            }
        }

        found.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : b.Complete != a.Complete ? b.Complete.CompareTo(a.Complete) : a.First.CompareTo(b.First));
        // Different choices scoring the same over the same words: the reply does not say which one.
        var claims = new Dictionary<(int, int, double), int>();
        foreach (var m in found)
        {
            var key = (m.First, m.Last, m.Score);
            claims[key] = claims.TryGetValue(key, out var other) && other != m.Index ? -1 : m.Index;
        }

        var usedWords = new bool[words.Count];
        var usedChoices = new HashSet<int>();
        var results = new List<ValueMatch>();
        foreach (var m in found)
        {
            if (usedChoices.Contains(m.Index) || Overlaps(usedWords, m))
            {
                continue;
            }

            var ambiguous = claims[(m.First, m.Last, m.Score)] == -1;
            Array.Fill(usedWords, true, m.First, m.Last - m.First + 1);
            if (!ambiguous)
            {
                usedChoices.Add(m.Index);
                results.Add(m);
            }
        }

        return [.. results.OrderBy(m => m.First).Select(m =>
        {
            var (start, end) = (words[m.First].Start, words[m.Last].End);
            return new ModelResult<FoundChoice>(utterance[start..end], start, end - 1, ChoiceType,
                new FoundChoice(choices[m.Index].Value, m.Index, m.Score, m.Synonym));
        })];
    }

    private static bool Overlaps(bool[] used, ValueMatch m)
    {
        for (var k = m.First; k <= m.Last; k++)
        {
            if (used[k])
            {
                return true;
            }
        }

        return false;
    }

    // "the second one", "2nd", "the last one", then "2" or "two" as a 1-based position.
    private static List<ModelResult<FoundChoice>> ByPosition(string utterance, IReadOnlyList<ChoiceOption> choices)
    {
        var t = TokenList.Create(utterance);
        var results = new List<ModelResult<FoundChoice>>();
        foreach (var (first, last, value) in OrdinalExtractor.Extract(t))
        {
            Add(t, first, last, value - 1, choices, results);
        }

        for (var i = 0; i < t.Count; i++)
        {
            if (t.Is(i, "last") && (t.Is(i - 1, "the") || t.Is(i + 1, "one")))
            {
                Add(t, i, i, choices.Count - 1, choices, results);
            }
        }

        if (results.Count > 0)
        {
            return [.. results.OrderBy(r => r.Start)];
        }

        foreach (var n in NumberExtractor.Extract(t))
        {
            // "the red one": "one" after "the <word>" points at a thing, not at position 1.
            var pronoun = t[n.First].Is("one") && n.First == n.Last && n.First >= 2 && t.IsAny(n.First - 2, "the", "this", "that");
            if (!pronoun && n.Value == Math.Floor(n.Value))
            {
                Add(t, n.First, n.Last, (int)Math.Min(n.Value, int.MaxValue) - 1, choices, results);
            }
        }

        return results;
    }

    private static void Add(TokenList t, int first, int last, int index, IReadOnlyList<ChoiceOption> choices, List<ModelResult<FoundChoice>> results)
    {
        if (index >= 0 && index < choices.Count)
        {
            results.Add(new ModelResult<FoundChoice>(t.OriginalText(first, last), t.StartOf(first), t.EndOf(last), ChoiceType,
                new FoundChoice(choices[index].Value, index, 1.0, null)));
        }
    }
}
