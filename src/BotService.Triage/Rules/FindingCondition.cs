using BotService.Triage.Findings;

namespace BotService.Triage.Rules;

/// <summary>A finding was said (and not withdrawn).</summary>
public sealed record FindingCondition(string Name, TriageSlot Slot) : Condition
{
    internal override Tri Evaluate(FindingsView findings, EvaluationMode mode) =>
        findings.Has(Name) ? Tri.True
        : findings.IsDenied(Name) ? Tri.False
        : Unknown(findings, mode, Slot);

    internal override IEnumerable<(Condition Leaf, bool Positive)> Leaves(bool positive) => [(this, positive)];
}
