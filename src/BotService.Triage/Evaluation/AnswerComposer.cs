using BotService.Triage.Rules;

namespace BotService.Triage.Evaluation;

/// <summary>
/// Gathers the answer's ingredients from the rules: content, safety-net thresholds, doctor and tests come from the
/// rules that decided the level; likely causes also from lower matching rules (not for emergencies), with the
/// causes the person mentioned first.
/// </summary>
internal static class AnswerComposer
{
    public static AnswerPlan Compose(
        RuleSet rules, IReadOnlyList<TriageRule> deciding, IReadOnlyList<TriageRule> matched, Findings.Findings findings)
    {
        var level = deciding[0].Level;
        var causeRules = level == TriageLevel.Emergency ? deciding : deciding.Concat(matched.Except(deciding));
        var causes = causeRules.SelectMany(r => r.Advice.Causes)
            .DistinctBy(c => c.Trigger ?? c.Text)
            .Select(c => new LikelyCause(c.Text, c.Trigger is not null && findings.Has(c.Trigger)))
            .OrderByDescending(c => c.Mentioned)
            .ToList();
        return new AnswerPlan(
            deciding.SelectMany(r => r.Advice.Content).Distinct().ToList(),
            causes,
            deciding.SelectMany(r => r.Advice.WatchFor).Distinct()
                .Select(id => new Threshold(id, rules.Thresholds[id])).ToList(),
            deciding.Select(r => r.Advice.Doctor).FirstOrDefault(d => d is not null),
            deciding.SelectMany(r => r.Advice.Tests).Distinct().ToList());
    }
}
