namespace BotService.Triage.Evaluation;

/// <summary>The result of evaluating the findings known so far.</summary>
/// <param name="Level">The highest level any rule gives (self-care when none applies).</param>
/// <param name="RuleIds">Every matching rule id, most urgent first (the default rule's id when none matched).</param>
/// <param name="Reasons">Why, in the user's terms, from the rules that decided the level.</param>
/// <param name="StillUnknown">Questions whose answer could raise the level, in the order to ask them.</param>
/// <param name="Answer">Input for the answer composer: content ids, causes, thresholds, doctor, tests.</param>
public sealed record TriageDecision(
    TriageLevel Level,
    IReadOnlyList<string> RuleIds,
    IReadOnlyList<TriageReason> Reasons,
    IReadOnlyList<OpenQuestion> StillUnknown,
    AnswerPlan Answer)
{
    /// <summary>The contract name of the level ("emergency", "urgent", "soon", "selfcare").</summary>
    public string Disposition => Level.ToName();

    /// <summary>Emergency or urgent: say so now, before any further question.</summary>
    public bool IsRedFlag => Level >= TriageLevel.Urgent;
}
