using BotService.Dialogs.State;
using BotService.Protocol;
using BotService.Triage.Evaluation;

namespace BotService.Dialogs.Replies;

/// <summary>Says a red flag's advice in this reply, logs it (rule ids, no text) and remembers the level as given.</summary>
internal static class EscalationReply
{
    public static async Task SendAsync(ITurnContext turn, TriageConversation triage, TriageDecision decision, ConversationServices services, CancellationToken cancellationToken)
    {
        var region = services.Regions.Resolve(turn.Activity.Locale);
        await turn.SendActivityAsync(Escalation.Build(decision, triage.Findings, region, services.Rules), cancellationToken).ConfigureAwait(false);
        DialogsLog.RedFlag(services.Logger, decision.Disposition, string.Join(",", decision.RuleIds), turn.Activity.ChannelId);
        triage.GivenLevel = decision.Disposition;
    }
}
