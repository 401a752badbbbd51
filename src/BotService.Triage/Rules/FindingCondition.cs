using BotService.Triage.Findings;

namespace BotService.Triage.Rules;

/// <summary>A finding was said (and not withdrawn).</summary>
public sealed record FindingCondition(string Name, TriageSlot Slot) : Condition
{
    private readonly int _id = FindingIds.Of(Name);

    internal override Tri Evaluate(FindingsView findings, EvaluationMode mode) =>
        findings.Has(_id) ? Tri.True
        : findings.IsDenied(_id) ? Tri.False
        : Unknown(findings, mode, Slot);

    internal override IEnumerable<(Condition Leaf, bool Positive)> Leaves(bool positive) => [(this, positive)];
}
