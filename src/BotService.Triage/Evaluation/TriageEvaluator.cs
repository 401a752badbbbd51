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

    private readonly TriageRule[] _byLevel = [.. rules.Rules.OrderByDescending(r => r.Level)];

    public TriageEvaluator(RuleSet rules)
        : this(rules, Lexicon.Default)
    {
    }

    public RuleSet Rules => rules;

    public TriageDecision Evaluate(Findings.Findings findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var matched = _byLevel.Where(r => r.When!.Evaluate(findings, EvaluationMode.ClosedWorld) == Tri.True).ToList();
        var level = matched.Count > 0 ? matched[0].Level : rules.Default.Level;
        var deciding = matched.Count > 0 ? matched.Where(r => r.Level == level).ToList() : [rules.Default];
        var ids = matched.Count > 0 ? matched.Select(r => r.Id).ToList() : [rules.Default.Id];
        return new TriageDecision(
            level,
            ids,
            deciding.Select(r => new TriageReason(r.Id, _reasons.Render(r, findings), r.Inference)).ToList(),
            StillUnknown(findings, level),
            AnswerComposer.Compose(rules, deciding, matched, findings));
    }

    private List<OpenQuestion> StillUnknown(Findings.Findings findings, TriageLevel level)
    {
        var open = new Dictionary<TriageSlot, (TriageLevel AtStake, List<string> Names)>();
        foreach (var rule in _byLevel.TakeWhile(r => r.Level > level))
        {
            if (rule.When!.Evaluate(findings, EvaluationMode.OpenWorld) != Tri.Unknown)
            {
                continue;
            }

            foreach (var leaf in _positiveLeaves[rule.Id].Where(l => l.Evaluate(findings, EvaluationMode.OpenWorld) == Tri.Unknown))
            {
                var (slot, names) = leaf switch
                {
                    FindingCondition f => (f.Slot, new[] { f.Name }),
                    LocationCondition l => (TriageSlot.Location, l.Locations.ToArray()),
                    _ => (TriageSlot.Duration, Array.Empty<string>()),
                };
                if (!open.TryGetValue(slot, out var entry))
                {
                    entry = (rule.Level, []);
                    open[slot] = entry;
                }

                entry.Names.AddRange(names.Where(n => !entry.Names.Contains(n)));
            }
        }

        return open.OrderBy(o => o.Key)
            .Select(o => new OpenQuestion(o.Key, o.Value.AtStake, o.Value.Names))
            .ToList();
    }
}
