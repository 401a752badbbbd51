namespace BotService.Triage.Findings;

/// <summary>One finding name the extractor can produce and the rules may use.</summary>
/// <param name="Name">Stable kebab-case name used in rules and outcomes ("weakness").</param>
/// <param name="Kind">Complaint, symptom, trigger, medicine or context.</param>
/// <param name="Label">The finding in the user's terms, for reasons ("weakness", "dark urine").</param>
public sealed record FindingDefinition(string Name, FindingKind Kind, string Label)
{
    /// <summary>The question that would reveal this finding.</summary>
    public TriageSlot Slot => Kind switch
    {
        FindingKind.Trigger => TriageSlot.Triggers,
        FindingKind.Medicine or FindingKind.Context => TriageSlot.Context,
        _ => TriageSlot.Symptoms,
    };
}
