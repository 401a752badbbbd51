using BotService.Triage.Findings;

namespace BotService.Triage.Rules;

/// <summary>The twitching is in one of these locations.</summary>
public sealed record LocationCondition(IReadOnlyList<string> Locations) : Condition
{
    internal override Tri Evaluate(FindingsView findings, EvaluationMode mode) =>
        findings.Location is { } location
            ? (Locations.Contains(location) ? Tri.True : Tri.False)
            : Unknown(findings, mode, TriageSlot.Location);

    internal override IEnumerable<(Condition Leaf, bool Positive)> Leaves(bool positive) => [(this, positive)];
}
