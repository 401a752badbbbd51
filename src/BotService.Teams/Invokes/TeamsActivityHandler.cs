using BotService.Protocol;
using BotService.Protocol.Schema;

namespace BotService.Teams.Invokes;

/// <summary>
/// An ActivityHandler that also answers what Teams sends (protocol.md §1.9, §6.2): Action.Execute invokes (200
/// with a message or card, 400 when malformed), unnamed card-action invokes (200), sign-in invokes (200), task
/// modules (501: the bot has none), unknown invokes (501, from the base class); installation add/remove; and a
/// welcome hook for people who add the bot in personal scope. Other channels behave as in ActivityHandler.
/// </summary>
public abstract class TeamsActivityHandler : ActivityHandler
{
    private const int Ok = 200;
    private const int BadRequest = 400;
    private const int NotImplemented = 501;

    protected override async Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (!activity.IsTeams())
        {
            // Web Chat, Direct Line and the Emulator keep ActivityHandler's answers (501), so a bot that derives
            // from this class behaves exactly as before on those channels.
            return await base.OnInvokeActivityAsync(turnContext, cancellationToken).ConfigureAwait(false);
        }

        switch (activity.Name)
        {
            case TeamsInvokeNames.AdaptiveCardAction:
                var (action, error) = AdaptiveCardInvokeReader.Read(activity);
                var body = action is null
                    ? AdaptiveCardInvokeResponse.BadRequest(error!)
                    : await OnAdaptiveCardActionAsync(turnContext, action, cancellationToken).ConfigureAwait(false);
                return new InvokeResponse(action is null ? BadRequest : Ok, body);
            case TeamsInvokeNames.SignInVerifyState:
            case TeamsInvokeNames.SignInTokenExchange:
                await OnSignInInvokeAsync(turnContext, cancellationToken).ConfigureAwait(false);
                return new InvokeResponse(Ok);
            case TeamsInvokeNames.TaskFetch:
            case TeamsInvokeNames.TaskSubmit:
                return await OnTaskModuleInvokeAsync(turnContext, cancellationToken).ConfigureAwait(false);
            case null or "":
                await OnTeamsCardActionInvokeAsync(turnContext, cancellationToken).ConfigureAwait(false);
                return new InvokeResponse(Ok);
            default:
                return await base.OnInvokeActivityAsync(turnContext, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>An Action.Execute press; the default acknowledges it with a short message on the card.</summary>
    protected virtual Task<AdaptiveCardInvokeResponse> OnAdaptiveCardActionAsync(ITurnContext turnContext, AdaptiveCardAction action, CancellationToken cancellationToken) =>
        Task.FromResult(AdaptiveCardInvokeResponse.Message("Got it."));

    /// <summary>Sign-in invokes; the bot uses no OAuth connection, so there is nothing to verify.</summary>
    protected virtual Task OnSignInInvokeAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>task/fetch and task/submit; the bot opens no task modules, so 501 as the SDK answers.</summary>
    protected virtual Task<InvokeResponse> OnTaskModuleInvokeAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        Task.FromResult(new InvokeResponse(NotImplemented));

    /// <summary>An invoke without a name: a press on an older card's invoke action.</summary>
    protected virtual Task OnTeamsCardActionInvokeAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected override Task OnInstallationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var action = turnContext.Activity.Action ?? string.Empty;
        if (action.StartsWith("add", StringComparison.OrdinalIgnoreCase))
        {
            return OnInstallationAddAsync(turnContext, cancellationToken);
        }

        return action.StartsWith("remove", StringComparison.OrdinalIgnoreCase)
            ? OnInstallationRemoveAsync(turnContext, cancellationToken)
            : Task.CompletedTask;
    }

    /// <summary>The app was installed (or upgraded). Personal installs are greeted through <see cref="OnWelcomeAsync"/>.</summary>
    protected virtual Task OnInstallationAddAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnInstallationRemoveAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected override Task OnConversationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (!activity.IsTeams())
        {
            return base.OnConversationUpdateActivityAsync(turnContext, cancellationToken);
        }

        return activity.GetTeamsConversationType() == TeamsConversationTypes.Personal
            ? WelcomePersonalAsync(turnContext, cancellationToken)
            : OnGroupConversationUpdateAsync(turnContext, cancellationToken);
    }

    /// <summary>
    /// Greets one person who added the bot in a personal chat. The default hands the person to
    /// <see cref="ActivityHandler.OnMembersAddedAsync"/>, so a bot's one welcome (from its dialogs) serves every channel.
    /// </summary>
    protected virtual Task OnWelcomeAsync(ChannelAccount member, ITurnContext turnContext, CancellationToken cancellationToken) =>
        OnMembersAddedAsync([member], turnContext, cancellationToken);

    /// <summary>Team and group-chat membership changes. Nobody is greeted there, so big teams are not spammed.</summary>
    protected virtual Task OnGroupConversationUpdateAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    // Teams announces a personal install with membersAdded holding the bot, the user, or both; greet the user once.
    // A personal chat holds one person, so one update greets one person whatever the list says: the sender if listed
    // (or if only the bot is), else the first one listed.
    private Task WelcomePersonalAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var botId = activity.Recipient?.Id;
        var added = activity.MembersAdded ?? [];
        var people = added.Where(m => !string.IsNullOrEmpty(m.Id) && m.Id != botId).ToList();
        var from = activity.From is { Id: { Length: > 0 } fromId } sender && fromId != botId ? sender : null;
        var person = people.Find(p => p.Id == from?.Id)
            ?? (people.Count > 0 ? people[0] : added.Any(m => m.Id == botId) ? from : null);
        return person is null ? Task.CompletedTask : OnWelcomeAsync(person, turnContext, cancellationToken);
    }
}
