using BotService.Triage.Findings;

namespace BotService.Triage.Rules;

/// <summary>A condition over findings, parsed from the rules file.</summary>
public abstract record Condition
{
    internal abstract Tri Evaluate(FindingsView findings, EvaluationMode mode);

    /// <summary>Leaves with their polarity: false under an odd number of "not"s (finding them can only lower the rule).</summary>
    internal abstract IEnumerable<(Condition Leaf, bool Positive)> Leaves(bool positive);

    private protected static Tri Unknown(FindingsView findings, EvaluationMode mode, TriageSlot slot) =>
        mode == EvaluationMode.ClosedWorld || findings.IsAnswered(slot) ? Tri.False : Tri.Unknown;
}
