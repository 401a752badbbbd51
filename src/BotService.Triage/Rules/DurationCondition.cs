using BotService.Triage.Findings;

namespace BotService.Triage.Rules;

/// <summary>It has lasted more than (or at most) a threshold.</summary>
public sealed record DurationCondition(TimeSpan Threshold, bool Over) : Condition
{
    internal override Tri Evaluate(FindingsView findings, EvaluationMode mode)
    {
        if (findings.DurationSeconds is not { } seconds)
        {
            return Unknown(findings, mode, TriageSlot.Duration);
        }

        // A range counts by its upper end, so "1-3 weeks" is treated as possibly over two weeks.
        var longest = findings.DurationMaxSeconds ?? seconds;
        var limit = Threshold.TotalSeconds;
        var isOver = findings.DurationMod switch
        {
            "more" => longest >= limit,
            "less" => longest > limit && seconds > limit,
            _ => longest > limit,
        };
        return isOver == Over ? Tri.True : Tri.False;
    }

    internal override IEnumerable<(Condition Leaf, bool Positive)> Leaves(bool positive) => [(this, positive)];
}
