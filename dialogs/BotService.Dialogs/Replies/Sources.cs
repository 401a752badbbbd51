using BotService.Content;
using BotService.Protocol.Schema;

namespace BotService.Dialogs.Replies;

/// <summary>
/// Cites content sources twice: a plain "Source:" line that every channel shows, and the citation entity that
/// Teams and Web Chat render (CitationEntities), with Markdown reference definitions behind the [n] markers.
/// </summary>
public static class Sources
{
    public static void Cite(Activity activity, IEnumerable<(ContentSource Source, string About)> cited)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(cited);
        var list = cited.DistinctBy(c => c.Source.Id).ToList();
        if (list.Count == 0)
        {
            return;
        }

        var citations = list.Select((c, i) => new Citation(i + 1, c.Source.DisplayName, c.About, c.Source.Url)).ToList();
        var line = (list.Count == 1 ? "Source: " : "Sources: ")
            + string.Join("; ", citations.Select(c => $"{c.Name} [{c.Position}]"));
        activity.Text = $"{activity.Text}\n\n{line}\n\n{CitationEntities.ReferenceDefinitions(citations)}";
        activity.Entities ??= [];
        activity.Entities.Add(CitationEntities.Create(citations));
    }

    public static IEnumerable<(ContentSource Source, string About)> Of(ContentEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Sources.Select(s => (s, entry.Title));
    }
}
