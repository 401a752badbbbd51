using System.ComponentModel.DataAnnotations;

namespace BotService.Content;

/// <summary>Configuration section <c>Content</c>.</summary>
public sealed class ContentOptions
{
    public const string SectionName = "Content";

    /// <summary>The content folder; a relative path is resolved against the application's base directory.</summary>
    [Required]
    public string DataPath { get; set; } = "Data";

    /// <summary>The lowest bm25 score (negated, higher is better) that still counts as an answer.</summary>
    [Range(0.0, 1000.0)]
    public double MinScore { get; set; } = 1.0;

    /// <summary>The weighted share of a question's words the content base must know before it answers (0 to 1).</summary>
    [Range(0.0, 1.0)]
    public double MinCoverage { get; set; } = 0.6;

    public string ResolveDataPath() =>
        Path.IsPathRooted(DataPath) ? DataPath : Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, DataPath));
}
