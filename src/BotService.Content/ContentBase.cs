using System.Diagnostics.CodeAnalysis;

namespace BotService.Content;

/// <summary>The validated content base: every entry by id, and the source catalogue.</summary>
public sealed class ContentBase
{
    private readonly Dictionary<string, ContentEntry> _entries;

    public ContentBase(IEnumerable<ContentEntry> entries, IEnumerable<ContentSource> sources, SynonymList synonyms, IReadOnlySet<string> stopWords)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(sources);
        Entries = entries.ToList();
        _entries = Entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
        Sources = sources.ToList();
        Synonyms = synonyms;
        StopWords = stopWords;
    }

    /// <summary>Entries in file-name order.</summary>
    public IReadOnlyList<ContentEntry> Entries { get; }

    public IReadOnlyList<ContentSource> Sources { get; }

    public SynonymList Synonyms { get; }

    public IReadOnlySet<string> StopWords { get; }

    public ContentEntry Get(string id) =>
        TryGet(id, out var entry) ? entry : throw new KeyNotFoundException($"No content entry has the id '{id}'.");

    public bool TryGet(string id, [MaybeNullWhen(false)] out ContentEntry entry) => _entries.TryGetValue(id, out entry);
}
