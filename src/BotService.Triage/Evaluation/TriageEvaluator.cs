using BotService.Triage.Extraction;
using BotService.Triage.Findings;
using BotService.Triage.Rules;

namespace BotService.Triage.Evaluation;

/// <summary>
/// Applies the rules table to the findings known so far. The level is decided closed-world (what was not said
/// counts as absent), so red flags are decidable on every turn before any question. What is still unknown is found
/// open-world: a rule above the current level that could still become true names the questions worth asking.
/// </summary>
public sealed class TriageEvaluator(RuleSet rules, Lexicon lexicon)
{
    private readonly ReasonRenderer _reasons = new(lexicon);

    // Leaves that could make a rule true, computed once: "what is still unknown" runs on every turn.
    private readonly Dictionary<string, Condition[]> _positiveLeaves = rules.Rules.ToDictionary(
        r => r.Id, r => r.When!.Leaves(positive: true).Where(l => l.Positive).Select(l => l.Leaf).ToArray());

    private readonly TriageRule[] _byLevel = ByLevel(rules);

    // For each rule, in _byLevel's order, the findings its condition tests. Supposing any other finding leaves the
    // rule as it was, so weighing a button re-evaluates only the rules that name it.
    private readonly int[][] _testedIds = [.. ByLevel(rules).Select(TestedIds)];

    public TriageEvaluator(RuleSet rules)
        : this(rules, Lexicon.Default)
    {
    }

    public RuleSet Rules => rules;

    public TriageDecision Evaluate(Findings.Findings findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var view = new FindingsView(findings);
        var matched = _byLevel.Where(r => r.When!.Evaluate(view, EvaluationMode.ClosedWorld) == Tri.True).ToList();
        var level = matched.Count > 0 ? matched[0].Level : rules.Default.Level;
        var deciding = matched.Count > 0 ? matched.Where(r => r.Level == level).ToList() : [rules.Default];
        var ids = matched.Count > 0 ? matched.Select(r => r.Id).ToList() : [rules.Default.Id];
        // Reasons and the answer plan are worked out later, if asked for, from a copy: the caller may go on changing findings.
        var snapshot = findings.Copy();
        return new TriageDecision(
            level,
            ids,
            () => Reasons(deciding, snapshot),
            () => StillUnknown(view, level),
            () => AnswerComposer.Compose(rules, deciding, matched, snapshot));
    }

    /// <summary>A reason per deciding rule, in their order; rules sharing a template share one sentence, rendered once.</summary>
    private List<TriageReason> Reasons(List<TriageRule> deciding, Findings.Findings snapshot)
    {
        var texts = deciding.GroupBy(r => r.Reason, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => _reasons.Render([.. g], snapshot), StringComparer.Ordinal);
        return [.. deciding.Select(r => new TriageReason(r.Id, texts[r.Reason], r.Inference))];
    }

    /// <summary>
    /// The level the findings would reach if the person also had <paramref name="finding"/>: only the level, decided
    /// closed-world like <see cref="Evaluate"/>, without reasons or open questions.
    /// </summary>
    public TriageLevel LevelWith(Findings.Findings findings, string finding) => LevelsWith(findings, [finding])[0];

    /// <summary>
    /// <see cref="LevelWith"/> for each of <paramref name="candidates"/> in turn (one at a time, not together), from one
    /// snapshot of the findings: a question weighs all its buttons this way.
    /// </summary>
    public IReadOnlyList<TriageLevel> LevelsWith(Findings.Findings findings, IReadOnlyList<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(candidates);
        var view = new FindingsView(findings);
        Span<bool> holds = _byLevel.Length <= 256 ? stackalloc bool[_byLevel.Length] : new bool[_byLevel.Length];
        for (var r = 0; r < _byLevel.Length; r++)
        {
            holds[r] = _byLevel[r].When!.Evaluate(view, EvaluationMode.ClosedWorld) == Tri.True;
        }

        var levels = new TriageLevel[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            ArgumentException.ThrowIfNullOrEmpty(candidates[i]);
            var id = FindingIds.Of(candidates[i]);
            using (view.Supposing(candidates[i]))
            {
                levels[i] = LevelSupposing(view, holds, id);
            }
        }

        return levels;
    }

    /// <summary>The closed-world level with finding <paramref name="id"/> supposed, reusing what held without it.</summary>
    private TriageLevel LevelSupposing(FindingsView view, ReadOnlySpan<bool> heldWithout, int id)
    {
        for (var r = 0; r < _byLevel.Length; r++)
        {
            var holds = Array.IndexOf(_testedIds[r], id) >= 0
                ? _byLevel[r].When!.Evaluate(view, EvaluationMode.ClosedWorld) == Tri.True
                : heldWithout[r];
            if (holds)
            {
                return _byLevel[r].Level;
            }
        }

        return rules.Default.Level;
    }

    // Stable: rules of one level keep the file's order, so both fields built from it line up.
    private static TriageRule[] ByLevel(RuleSet rules) => [.. rules.Rules.OrderByDescending(r => r.Level)];

    private static int[] TestedIds(TriageRule rule) =>
        [.. rule.When!.Leaves(positive: true).Select(l => l.Leaf).OfType<FindingCondition>().Select(f => FindingIds.Of(f.Name)).Distinct()];

    private List<OpenQuestion> StillUnknown(FindingsView findings, TriageLevel level)
    {
        // Names keep the rules' order for the buttons; the set only answers "seen already?" (a list's Contains was a
        // third of this method's time, with a few dozen names per slot).
        var open = new Dictionary<TriageSlot, (TriageLevel AtStake, List<string> Names, HashSet<string> Seen)>();
        foreach (var rule in _byLevel.TakeWhile(r => r.Level > level))
        {
            if (rule.When!.Evaluate(findings, EvaluationMode.OpenWorld) != Tri.Unknown)
            {
                continue;
            }

            foreach (var leaf in _positiveLeaves[rule.Id])
            {
                if (leaf.Evaluate(findings, EvaluationMode.OpenWorld) != Tri.Unknown)
                {
                    continue;
                }

                var slot = leaf switch
                {
                    FindingCondition f => f.Slot,
                    LocationCondition => TriageSlot.Location,
                    _ => TriageSlot.Duration,
                };
                if (!open.TryGetValue(slot, out var entry))
                {
                    entry = (rule.Level, [], new HashSet<string>(StringComparer.Ordinal));
                    open[slot] = entry;
                }

                switch (leaf)
                {
                    case FindingCondition f:
                        AddOnce(entry, f.Name);
                        break;
                    case LocationCondition l:
                        foreach (var location in l.Locations)
                        {
                            AddOnce(entry, location);
                        }

                        break;
                }
            }
        }

        return open.OrderBy(o => o.Key)
            .Select(o => new OpenQuestion(o.Key, o.Value.AtStake, o.Value.Names))
            .ToList();
    }

    private static void AddOnce((TriageLevel AtStake, List<string> Names, HashSet<string> Seen) entry, string name)
    {
        if (entry.Seen.Add(name))
        {
            entry.Names.Add(name);
        }
    }
}
