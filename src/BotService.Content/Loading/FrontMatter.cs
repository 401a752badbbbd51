namespace BotService.Content.Loading;

/// <summary>The YAML front matter of an entry file, as written (snake_case keys).</summary>
internal sealed class FrontMatter
{
    public string? Id { get; set; }

    public string? Title { get; set; }

    public List<string>? Tags { get; set; }

    public List<string>? BodyLocations { get; set; }

    public List<string>? Sources { get; set; }

    public List<string>? Related { get; set; }

    public List<string>? CoversThresholds { get; set; }
}

/// <summary>One row of <c>sources.yml</c>.</summary>
internal sealed class SourceRecord
{
    public string? Id { get; set; }

    public string? Kind { get; set; }

    public string? Title { get; set; }

    public string? Url { get; set; }

    public string? File { get; set; }
}
