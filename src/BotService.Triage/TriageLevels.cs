namespace BotService.Triage;

/// <summary>The contract names of the levels ("emergency", "urgent", "soon", "selfcare").</summary>
public static class TriageLevels
{
    public const string Emergency = "emergency";
    public const string Urgent = "urgent";
    public const string Soon = "soon";
    public const string SelfCare = "selfcare";

    public static string ToName(this TriageLevel level) => level switch
    {
        TriageLevel.Emergency => Emergency,
        TriageLevel.Urgent => Urgent,
        TriageLevel.Soon => Soon,
        _ => SelfCare,
    };

    public static bool TryParse(string? name, out TriageLevel level)
    {
        switch (name)
        {
            case Emergency: level = TriageLevel.Emergency; return true;
            case Urgent: level = TriageLevel.Urgent; return true;
            case Soon: level = TriageLevel.Soon; return true;
            case SelfCare: level = TriageLevel.SelfCare; return true;
            default: level = TriageLevel.SelfCare; return false;
        }
    }

    public static TriageLevel Parse(string name) =>
        TryParse(name, out var level) ? level : throw new ArgumentException($"Unknown triage level '{name}'.", nameof(name));
}
