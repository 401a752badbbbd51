namespace BotService.Triage.Rules;

/// <summary>One row of the rules table (src/BotService.Triage/Data/triage-rules.json).</summary>
/// <param name="Id">Stable id used in outcomes ("S8-eyelid-features").</param>
/// <param name="Row">The triage-guidance.md row it implements ("S8"), or "default".</param>
/// <param name="Level">The level it leads to.</param>
/// <param name="When">The condition over findings; null only for the default rule.</param>
/// <param name="Reason">Template in the user's terms: {findings}, {where}, {location}, {duration}.</param>
/// <param name="Rationale">Why, in plain words.</param>
/// <param name="Source">The public sources the guidance row names.</param>
/// <param name="Inference">True where the guidance row is marked [inference] (needs clinical sign-off).</param>
/// <param name="Advice">Content ids, likely causes, thresholds to watch, doctor and tests for the answer.</param>
public sealed record TriageRule(
    string Id,
    string Row,
    TriageLevel Level,
    Condition? When,
    string Reason,
    string Rationale,
    string Source,
    bool Inference,
    RuleAdvice Advice);
