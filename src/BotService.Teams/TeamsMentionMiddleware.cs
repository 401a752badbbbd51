using BotService.Protocol;

namespace BotService.Teams;

/// <summary>
/// On msteams only: records where the turn comes from (<see cref="TeamsTurnStateKeys.ConversationInfo"/>), removes
/// the bot's @mention from message text before anything reads it, and ends the turn quietly for group and channel
/// messages the <see cref="TeamsResponsePolicy"/> says are not for the bot (they only arrive with RSC permissions).
/// </summary>
public sealed class TeamsMentionMiddleware(TeamsResponsePolicy policy) : IMiddleware
{
    public TeamsMentionMiddleware()
        : this(new TeamsResponsePolicy())
    {
    }

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turnContext.Activity;
        if (!activity.IsTeams())
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        turnContext.TurnState.Set(TeamsTurnStateKeys.ConversationInfo, activity.GetTeamsConversationInfo());
        if (!policy.ShouldRespond(activity))
        {
            return;
        }

        if (activity.Text is not null)
        {
            turnContext.TurnState.Set(TeamsTurnStateKeys.OriginalText, activity.Text);
            activity.Text = TeamsMentions.RemoveRecipientMention(activity);
        }

        await next(cancellationToken).ConfigureAwait(false);
    }
}
