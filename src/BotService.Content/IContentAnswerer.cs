namespace BotService.Content;

/// <summary>A passage and how well it matched a question (FTS5 bm25, negated: higher is better).</summary>
public sealed record ScoredPassage(ContentEntry Entry, double Score);

/// <summary>The passage that answers a question, its score, and the sources to cite with it.</summary>
public sealed record ContentAnswer(ContentEntry Entry, double Score, IReadOnlyList<ContentSource> Sources)
{
    /// <summary>The plain "Source:" line shown under an answer, e.g. "Sources: Muscle Spasms (002); NHS: Leg cramps".</summary>
    public string SourceLine => (Sources.Count == 1 ? "Source: " : "Sources: ") + string.Join("; ", Sources.Select(s => s.DisplayName));

    /// <summary>
    /// One citation per source, numbered from 1, for the channel citation entity (Protocol's CitationEntities):
    /// the source's name, the passage itself as the abstract, and the source's address when it has one.
    /// </summary>
    public IReadOnlyList<ContentCitation> Citations =>
        Sources.Select((s, i) => new ContentCitation(i + 1, s.DisplayName, Entry.PlainText, s.Url)).ToList();
}

/// <summary>A numbered citation of an answer, shaped like Protocol's <c>Citation</c> without depending on it.</summary>
public sealed record ContentCitation(int Position, string Name, string Abstract, Uri? Url);

/// <summary>Answers questions from the content base. Safe to call from many turns at once.</summary>
public interface IContentAnswerer
{
    /// <summary>The best passage, or null when the question is out of scope or no passage is a confident match.</summary>
    ContentAnswer? Answer(string question);

    /// <summary>The best <paramref name="top"/> passages, best first, whatever their confidence.</summary>
    IReadOnlyList<ScoredPassage> Search(string question, int top = 3);
}
