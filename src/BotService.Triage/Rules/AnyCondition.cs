namespace BotService.Triage.Rules;

/// <summary>At least one part holds.</summary>
public sealed record AnyCondition(IReadOnlyList<Condition> Parts) : Condition
{
    internal override Tri Evaluate(FindingsView findings, EvaluationMode mode)
    {
        var result = Tri.False;
        for (var i = 0; i < Parts.Count; i++)
        {
            var value = Parts[i].Evaluate(findings, mode);
            if (value == Tri.True)
            {
                return Tri.True;
            }

            result = value == Tri.Unknown ? Tri.Unknown : result;
        }

        return result;
    }

    internal override IEnumerable<(Condition Leaf, bool Positive)> Leaves(bool positive) => Parts.SelectMany(p => p.Leaves(positive));
}
