namespace BotService.Content.Retrieval;

/// <summary>One meaningful part of a question: a word or a known phrase, as typed and as searched.</summary>
/// <param name="Typed">The word or phrase as the user typed it.</param>
/// <param name="Searched">What is searched for: the same, or the spelling correction.</param>
/// <param name="Knowledge">1 when it names a topic of the content base (title, tag or synonym), 0.5 when it only
/// appears in passage text, 0 when the content base does not know it.</param>
/// <param name="Weight">How much it says about the question: rare words weigh more, unknown words most.</param>
internal sealed record QueryTerm(string Typed, string Searched, double Knowledge, double Weight, IReadOnlyList<string> Expansions)
{
    public bool Known => Knowledge > 0;
}

/// <summary>
/// A question after stop words, phrase detection, spelling correction and synonym expansion.
/// <see cref="Coverage"/> is the weighted share of the question that the content base knows: "book me a flight"
/// knows "book" but not "flight", so its coverage is low and it is not answered.
/// </summary>
internal sealed record AnalyzedQuery(IReadOnlyList<QueryTerm> Terms, string? MatchExpression, double Coverage);
