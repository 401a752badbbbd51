using BotService.Triage.Findings;

namespace BotService.Triage.Rules;

/// <summary>A condition over findings, parsed from the rules file.</summary>
public abstract record Condition
{
    internal abstract Tri Evaluate(FindingsView findings, EvaluationMode mode);

    /// <summary>The leaves of this condition, for reasons and for "what is still unknown".</summary>
    internal IEnumerable<Condition> Leaves() => Leaves(positive: true).Select(l => l.Leaf);

    /// <summary>Leaves with their polarity: false under an odd number of "not"s (finding them can only lower the rule).</summary>
    internal abstract IEnumerable<(Condition Leaf, bool Positive)> Leaves(bool positive);

    private protected static Tri Unknown(FindingsView findings, EvaluationMode mode, TriageSlot slot) =>
        mode == EvaluationMode.ClosedWorld || findings.IsAnswered(slot) ? Tri.False : Tri.Unknown;
}

/// <summary>A finding was said (and not withdrawn).</summary>
public sealed record FindingCondition(string Name, TriageSlot Slot) : Condition
{
    internal override Tri Evaluate(FindingsView findings, EvaluationMode mode) =>
        findings.Has(Name) ? Tri.True
        : findings.IsDenied(Name) ? Tri.False
        : Unknown(findings, mode, Slot);

    internal override IEnumerable<(Condition Leaf, bool Positive)> Leaves(bool positive) => [(this, positive)];
}

/// <summary>The twitching is in one of these locations.</summary>
public sealed record LocationCondition(IReadOnlyList<string> Locations) : Condition
{
    internal override Tri Evaluate(FindingsView findings, EvaluationMode mode) =>
        findings.Location is { } location
            ? (Locations.Contains(location) ? Tri.True : Tri.False)
            : Unknown(findings, mode, TriageSlot.Location);

    internal override IEnumerable<(Condition Leaf, bool Positive)> Leaves(bool positive) => [(this, positive)];
}

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
