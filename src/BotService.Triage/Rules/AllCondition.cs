namespace BotService.Triage.Rules;

/// <summary>Every part holds.</summary>
public sealed record AllCondition(IReadOnlyList<Condition> Parts) : Condition
{
    internal override Tri Evaluate(FindingsView findings, EvaluationMode mode)
    {
        var result = Tri.True;
        for (var i = 0; i < Parts.Count; i++)
        {
            var value = Parts[i].Evaluate(findings, mode);
            if (value == Tri.False)
            {
                return Tri.False;
            }

            result = value == Tri.Unknown ? Tri.Unknown : result;
        }

        return result;
    }

    internal override IEnumerable<(Condition Leaf, bool Positive)> Leaves(bool positive) => Parts.SelectMany(p => p.Leaves(positive));
}
