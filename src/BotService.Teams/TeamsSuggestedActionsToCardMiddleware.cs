using BotService.Protocol;
using BotService.Protocol.Schema;
using BotService.Teams.Cards;

namespace BotService.Teams;

/// <summary>
/// Keeps the dialogs channel-agnostic: they send suggested actions, and on msteams this send hook turns them into
/// an Adaptive Card where Teams would not show them, i.e. outside personal chats, beyond three actions, on a
/// message that also has attachments, or for a multi-select question (<see cref="ChoiceQuestion"/>)
/// (protocol.md §6.4). Other channels, and small single-choice questions in personal chats, keep suggested actions.
/// </summary>
public sealed class TeamsSuggestedActionsToCardMiddleware : IMiddleware
{
    /// <summary>The most suggested actions Teams shows (protocol.md §6.4).</summary>
    public const int MaxSuggestedActions = 3;

    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        if (turnContext.Activity.IsTeams())
        {
            turnContext.OnSendActivities((context, activities, sendNext) =>
            {
                var personal = context.Activity.GetTeamsConversationType() == TeamsConversationTypes.Personal;
                foreach (var activity in activities)
                {
                    ConvertIfNeeded(activity, personal);
                }

                return sendNext();
            });
        }

        return next(cancellationToken);
    }

    /// <summary>Replaces the activity's suggested actions by a card when Teams needs one; always drops the marker.</summary>
    public static void ConvertIfNeeded(Activity activity, bool personalChat)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var multiSelect = ChoiceQuestion.IsMultiSelect(activity);
        var submitTitle = ChoiceQuestion.SubmitTitle(activity);
        ChoiceQuestion.RemoveMarker(activity);

        var actions = activity.SuggestedActions?.Actions;
        if (!activity.IsType(ActivityTypes.Message) || actions is null || actions.Count == 0)
        {
            return;
        }

        var hasAttachments = activity.Attachments is { Count: > 0 };
        if (personalChat && actions.Count <= MaxSuggestedActions && !multiSelect && !hasAttachments)
        {
            return;
        }

        var card = AdaptiveChoiceCard.Create(actions.ToList(), multiSelect, submitTitle);
        activity.Attachments = [.. activity.Attachments ?? [], card];
        activity.SuggestedActions = null;
    }
}
