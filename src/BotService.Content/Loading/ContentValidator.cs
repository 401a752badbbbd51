namespace BotService.Content.Loading;

/// <summary>The rules an editor's files must follow; each broken rule adds one readable problem.</summary>
internal static class ContentValidator
{
    public static ContentSource? CheckSource(SourceRecord? record, int index, List<string> problems)
    {
        var where = $"{ContentLoader.SourcesFile}: source #{index}";
        if (record is null || string.IsNullOrWhiteSpace(record.Id))
        {
            problems.Add($"{where} has no id.");
            return null;
        }

        where = $"{ContentLoader.SourcesFile}: source '{record.Id}'";
        var ok = true;
        if (!ContentLoader.IdPattern().IsMatch(record.Id))
        {
            problems.Add($"{where}: the id must be lowercase letters, digits and hyphens.");
            ok = false;
        }

        if (string.IsNullOrWhiteSpace(record.Title))
        {
            problems.Add($"{where} has no title.");
            ok = false;
        }

        SourceKind kind = default;
        if (!Enum.TryParse(record.Kind, ignoreCase: true, out kind) || !Enum.IsDefined(kind))
        {
            problems.Add($"{where}: kind must be 'seed' or 'guidance', not '{record.Kind}'.");
            ok = false;
        }
        else if (kind == SourceKind.Seed && string.IsNullOrWhiteSpace(record.File))
        {
            problems.Add($"{where}: a seed source must name its seed file.");
            ok = false;
        }

        Uri? url = null;
        if (record.Url is not null && (!Uri.TryCreate(record.Url, UriKind.Absolute, out url) || url.Scheme is not ("http" or "https")))
        {
            problems.Add($"{where}: url '{record.Url}' is not an absolute http(s) address.");
            ok = false;
        }

        return ok ? new ContentSource(record.Id, kind, record.Title!.Trim(), url, record.File) : null;
    }

    public static ContentEntry? CheckEntry(string name, FrontMatter front, string body, Dictionary<string, ContentSource> sources, List<string> problems)
    {
        var before = problems.Count;
        var fileId = Path.GetFileNameWithoutExtension(name);
        if (string.IsNullOrWhiteSpace(front.Id))
        {
            problems.Add($"{name}: front matter has no id.");
        }
        else if (!ContentLoader.IdPattern().IsMatch(front.Id))
        {
            problems.Add($"{name}: id '{front.Id}' must be lowercase letters, digits and hyphens.");
        }
        else if (front.Id != fileId)
        {
            problems.Add($"{name}: id '{front.Id}' must match the file name ('{fileId}').");
        }

        if (string.IsNullOrWhiteSpace(front.Title))
        {
            problems.Add($"{name}: front matter has no title.");
        }

        var cited = new List<ContentSource>();
        if (front.Sources is not { Count: > 0 })
        {
            problems.Add($"{name}: every entry must name at least one source.");
        }
        else
        {
            foreach (var id in front.Sources)
            {
                if (sources.TryGetValue(id, out var source))
                {
                    cited.Add(source);
                }
                else
                {
                    problems.Add($"{name}: source '{id}' is not in {ContentLoader.SourcesFile}.");
                }
            }
        }

        var plain = MarkdownText.ToPlain(body);
        if (plain.Length == 0)
        {
            problems.Add($"{name}: the body is empty.");
        }

        if (problems.Count > before)
        {
            return null;
        }

        return new ContentEntry(
            front.Id!, front.Title!.Trim(), Clean(front.Tags), Clean(front.BodyLocations), cited.Distinct().ToList(),
            Clean(front.Related), body, MarkdownText.Unwrap(body), plain)
        {
            CoversThresholds = Clean(front.CoversThresholds),
        };
    }

    public static void CheckEntrySet(List<ContentEntry> entries, List<string> problems)
    {
        if (entries.Count == 0 && problems.Count == 0)
        {
            problems.Add($"{ContentLoader.EntriesFolder}/: there are no entries.");
        }

        foreach (var group in entries.GroupBy(e => e.Id).Where(g => g.Count() > 1))
        {
            problems.Add($"id '{group.Key}' is used by {group.Count()} entries.");
        }

        var ids = entries.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            foreach (var related in entry.Related)
            {
                if (related == entry.Id)
                {
                    problems.Add($"{ContentLoader.EntriesFolder}/{entry.Id}.md: lists itself as related.");
                }
                else if (!ids.Contains(related))
                {
                    problems.Add($"{ContentLoader.EntriesFolder}/{entry.Id}.md: related id '{related}' does not exist.");
                }
            }
        }
    }

    private static List<string> Clean(List<string>? values) =>
        (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct().ToList();
}
