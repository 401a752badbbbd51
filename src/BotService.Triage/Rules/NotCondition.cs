namespace BotService.Triage.Rules;

/// <summary>The part does not hold.</summary>
public sealed record NotCondition(Condition Part) : Condition
{
    internal override Tri Evaluate(FindingsView findings, EvaluationMode mode) => Part.Evaluate(findings, mode) switch
    {
        Tri.True => Tri.False,
        Tri.False => Tri.True,
        _ => Tri.Unknown,
    };

    internal override IEnumerable<(Condition Leaf, bool Positive)> Leaves(bool positive) => Part.Leaves(!positive);
}
