using BotService.Protocol.Schema;
using BotService.Triage;
using BotService.Triage.Evaluation;
using BotService.Triage.Findings;

namespace BotService.Dialogs.Replies;

/// <summary>The <c>triageOutcome</c> entity carried by the message that gives a disposition (design.md §4).</summary>
public static class OutcomeEntity
{
    public static Entity Create(TriageDecision decision, Findings findings) =>
        Entity.From(TriageOutcome.EntityType, TriageEngine.ToOutcome(decision, findings));

    /// <summary>Reads the outcome back from an activity (tests, the CLI, analytics).</summary>
    public static TriageOutcome? Read(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Entities?.FirstOrDefault(e => e.Type == TriageOutcome.EntityType)?.GetAs<TriageOutcome>();
    }
}
