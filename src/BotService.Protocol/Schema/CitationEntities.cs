namespace BotService.Protocol.Schema;

/// <summary>One cited source. <paramref name="Position"/> is the number shown as [n] in the message text.</summary>
public sealed record Citation(int Position, string Name, string Abstract, Uri? Url = null, IReadOnlyList<string>? Keywords = null);

/// <summary>
/// Builds the citation entity that Microsoft Teams and Web Chat render: a schema.org <c>Message</c> thing whose
/// <c>citation</c> list holds one <c>Claim</c> per source, each with a <c>DigitalDocument</c> appearance
/// (Teams "bot messages with AI-generated content"; BotFramework-WebChat docs/CITATION.md). The message text refers
/// to the claims by position, as [1], [2], with Markdown reference definitions so that channels which know nothing
/// of citations still show working links.
/// </summary>
public static class CitationEntities
{
    public const string MessageEntityType = "https://schema.org/Message";

    /// <summary>Teams' limits: name 80 characters, abstract 160, at most 3 keywords of 28 characters.</summary>
    public const int MaxNameLength = 80;
    public const int MaxAbstractLength = 160;
    public const int MaxKeywords = 3;
    public const int MaxKeywordLength = 28;

    /// <summary>The root message entity with one claim per citation, in position order.</summary>
    public static Entity Create(IEnumerable<Citation> citations)
    {
        ArgumentNullException.ThrowIfNull(citations);
        var list = citations.OrderBy(c => c.Position).ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("A citation entity needs at least one citation.", nameof(citations));
        }

        if (list.Any(c => c.Position < 1) || list.Select(c => c.Position).Distinct().Count() != list.Count)
        {
            throw new ArgumentException("Citation positions must be unique and start at 1.", nameof(citations));
        }

        return Entity.From(MessageEntityType, new Dictionary<string, object?>
        {
            ["@type"] = "Message",
            ["@context"] = "https://schema.org",
            ["@id"] = string.Empty,
            ["citation"] = list.Select(Claim).ToList(),
        });
    }

    /// <summary>
    /// Markdown reference definitions for the text, one per citation: <c>[1]: https://… "Name"</c>, or
    /// <c>[1]: cite:1 "Name"</c> for a source without an address (Web Chat's form for a non-URL citation).
    /// </summary>
    public static string ReferenceDefinitions(IEnumerable<Citation> citations) =>
        string.Join('\n', citations.OrderBy(c => c.Position).Select(c =>
            $"[{c.Position}]: {c.Url?.AbsoluteUri ?? $"cite:{c.Position}"} \"{c.Name.Replace('"', '\'')}\""));

    private static Dictionary<string, object?> Claim(Citation citation)
    {
        var appearance = new Dictionary<string, object?>
        {
            ["@type"] = "DigitalDocument",
            ["name"] = Truncate(citation.Name, MaxNameLength),
            ["abstract"] = Truncate(citation.Abstract, MaxAbstractLength),
        };
        if (citation.Url is not null)
        {
            appearance["url"] = citation.Url.AbsoluteUri;
        }

        if (citation.Keywords is { Count: > 0 } keywords)
        {
            appearance["keywords"] = keywords.Take(MaxKeywords).Select(k => Truncate(k, MaxKeywordLength)).ToList();
        }

        return new Dictionary<string, object?>
        {
            ["@type"] = "Claim",
            ["position"] = citation.Position,
            ["appearance"] = appearance,
        };
    }

    private static string Truncate(string text, int max)
    {
        var trimmed = (text ?? string.Empty).Trim();
        return trimmed.Length <= max ? trimmed : string.Concat(trimmed.AsSpan(0, max - 1).TrimEnd(), "…");
    }
}
