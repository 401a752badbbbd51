namespace BotService.Triage.Evaluation;

/// <summary>
/// The result of evaluating the findings known so far. The level and rule ids are decided at once; the reasons, the
/// open questions and the answer plan are worked out on first use, because most evaluations in a turn only need the
/// level (a waterfall step deciding whether to ask) and the rest would be thrown away.
/// </summary>
public sealed class TriageDecision
{
    private readonly Lazy<IReadOnlyList<TriageReason>> _reasons;
    private readonly Lazy<IReadOnlyList<OpenQuestion>> _stillUnknown;
    private readonly Lazy<AnswerPlan> _answer;

    internal TriageDecision(
        TriageLevel level,
        IReadOnlyList<string> ruleIds,
        Func<IReadOnlyList<TriageReason>> reasons,
        Func<IReadOnlyList<OpenQuestion>> stillUnknown,
        Func<AnswerPlan> answer)
    {
        Level = level;
        RuleIds = ruleIds;
        // Not thread-safe on purpose: a decision belongs to one turn.
        _reasons = new(reasons, LazyThreadSafetyMode.None);
        _stillUnknown = new(stillUnknown, LazyThreadSafetyMode.None);
        _answer = new(answer, LazyThreadSafetyMode.None);
    }

    /// <summary>The highest level any rule gives (self-care when none applies).</summary>
    public TriageLevel Level { get; }

    /// <summary>Every matching rule id, most urgent first (the default rule's id when none matched).</summary>
    public IReadOnlyList<string> RuleIds { get; }

    /// <summary>Why, in the user's terms, from the rules that decided the level.</summary>
    public IReadOnlyList<TriageReason> Reasons => _reasons.Value;

    /// <summary>Questions whose answer could raise the level, in the order to ask them.</summary>
    public IReadOnlyList<OpenQuestion> StillUnknown => _stillUnknown.Value;

    /// <summary>Input for the answer composer: content ids, causes, thresholds, doctor, tests.</summary>
    public AnswerPlan Answer => _answer.Value;

    /// <summary>The contract name of the level ("emergency", "urgent", "soon", "selfcare").</summary>
    public string Disposition => Level.ToName();

    /// <summary>Emergency or urgent: say so now, before any further question.</summary>
    public bool IsRedFlag => Level >= TriageLevel.Urgent;
}
