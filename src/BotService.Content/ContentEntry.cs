namespace BotService.Content;

/// <summary>Where a source comes from: one of the seed documents, or a public guidance page.</summary>
public enum SourceKind
{
    Seed,
    Guidance,
}

/// <summary>A source an entry cites: a seed file id such as <c>003</c>, or a guidance page with its address.</summary>
public sealed record ContentSource(string Id, SourceKind Kind, string Title, Uri? Url, string? SeedFile)
{
    /// <summary>How the source is named under an answer, e.g. "Muscle Spasms (002)" or "NHS: Leg cramps".</summary>
    public string DisplayName => Kind == SourceKind.Seed ? $"{Title} ({Id})" : Title;
}

/// <summary>
/// One passage of the content base. <see cref="Body"/> is the Markdown as written (for channels that render
/// Markdown); <see cref="Text"/> is the same with wrapped lines joined, ready to send as a message.
/// </summary>
public sealed record ContentEntry(
    string Id,
    string Title,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> BodyLocations,
    IReadOnlyList<ContentSource> Sources,
    IReadOnlyList<string> Related,
    string Body,
    string Text,
    string PlainText)
{
    /// <summary>
    /// The triage thresholds ("when to get help" items, by id) this passage already states in its own words; an answer
    /// that quotes the passage leaves them out of its list so nothing is said twice (front matter <c>covers_thresholds</c>).
    /// </summary>
    public IReadOnlyList<string> CoversThresholds { get; init; } = [];
}
