namespace BotService.Triage.Options;

/// <summary>The region chosen for an activity locale.</summary>
public sealed record ResolvedRegion(string Name, RegionOptions Options)
{
    public string EmergencyNumber => Options.EmergencyNumber;
}
