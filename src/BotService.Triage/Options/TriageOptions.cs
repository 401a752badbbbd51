namespace BotService.Triage.Options;

/// <summary>The Triage section of appsettings.json.</summary>
public sealed class TriageOptions
{
    public const string SectionName = "Triage";

    /// <summary>The region used when the activity locale matches none (a key of <see cref="Regions"/>).</summary>
    public string DefaultRegion { get; set; } = string.Empty;

    /// <summary>Regions by name ("us", "uk", "europe").</summary>
    public Dictionary<string, RegionOptions> Regions { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Optional path to a rules file to use instead of the embedded one (relative to the content root).</summary>
    public string? RulesPath { get; set; }
}
