namespace BotService.Content.Retrieval;

/// <summary>One meaningful part of a question: a word or a known phrase, as typed and as searched.</summary>
/// <param name="Typed">The word or phrase as the user typed it.</param>
/// <param name="Searched">What is searched for: the same, or the spelling correction.</param>
/// <param name="Knowledge">1 when it names a topic of the content base (title, tag or synonym), 0.5 when it only
/// appears in passage text, 0 when the content base does not know it.</param>
/// <param name="Weight">How much it says about the question: rare words weigh more, unknown words most.</param>
/// <param name="Frequency">How many passages contain the searched word (0 for phrases and unknown words).</param>
internal sealed record QueryTerm(string Typed, string Searched, double Knowledge, double Weight, IReadOnlyList<string> Expansions, int Frequency = 0)
{
    public bool Known => Knowledge > 0;
}

/// <summary>
/// A question after stop words, phrase detection, spelling correction and synonym expansion.
/// <see cref="Coverage"/> is the weighted share of the question that the content base knows: "book me a flight"
/// knows "book" but not "flight", so its coverage is low and it is not answered.
/// </summary>
internal sealed record AnalyzedQuery(IReadOnlyList<QueryTerm> Terms, string? MatchExpression, double Coverage)
{
    /// <summary>
    /// The cheaper expression for a large index: only the question's selective words (in at most
    /// <paramref name="maxShare"/> of the passages; the rarest word when none is), searched in titles and tags.
    /// Null when no single word of the question is known.
    /// </summary>
    public string? SelectiveExpression(int passageCount, double maxShare)
    {
        var words = Terms.Where(t => t.Known && t.Frequency > 0).OrderBy(t => t.Frequency).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        var selective = words.Where(t => t.Frequency <= passageCount * maxShare).ToList();
        var chosen = selective.Count > 0 ? selective : words.Take(1).ToList();
        return "{title tags} : (" + string.Join(" OR ", chosen.Select(t => $"\"{t.Searched}\"")) + ")";
    }
}
