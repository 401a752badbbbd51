using BotService.DialogEngine;
using BotService.Dialogs.Dialogs;
using BotService.Dialogs.Replies;
using BotService.Dialogs.State;
using BotService.Dialogs.Text;
using BotService.Dialogs.Understanding;
using BotService.Protocol;
using BotService.Protocol.Schema;
using BotService.Teams.Invokes;

namespace BotService.Dialogs;

/// <summary>
/// The product's bot: welcomes each person once (members added; on Web Chat also the first activity or a
/// <c>webchat/join</c> event; in Teams on install in a personal chat, and in a team channel or group chat on the
/// person's first message to the bot, never for joining; plus one introduction where it is added to a team or group
/// chat), then runs <see cref="MainDialog"/> on every message.
/// The Teams handler answers the invokes Teams sends and leaves every other channel as ActivityHandler does. State is
/// saved by the AutoSave middleware after the turn, so the bot itself keeps nothing between turns.
/// </summary>
public sealed class TwitchBot(MainDialog dialog, ConversationServices services) : TeamsActivityHandler
{
    public const string WebChatJoinEvent = "webchat/join";

    /// <summary>The welcome for a locale: who the bot is, guidance not diagnosis, the emergency line, privacy, two buttons.</summary>
    /// <param name="emergencyContinuation">What the region adds to the call (the UK's ", or go straight to A&amp;E ...").</param>
    public static Activity Welcome(string emergencyNumber, string emergencyContinuation = "")
    {
        var text = string.Join("\n\n",
            $"**{BotText.WelcomeHeadline}** {BotText.NotADoctor}",
            BotText.EmergencyLine(emergencyNumber, emergencyContinuation),
            BotText.Privacy,
            BotText.WelcomeInvite);
        var activity = ContentReplies.WithButtons(ContentReplies.Markdown(text), BotText.CheckMyTwitching, BotText.AskAQuestion);
        activity.InputHint = InputHints.AcceptingInput;
        return activity;
    }

    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (IsWebChat(turnContext) || IsTeamsSharedConversation(turnContext))
        {
            await WelcomeOnFirstMessageAsync(turnContext, cancellationToken).ConfigureAwait(false);
        }

        await dialog.RunAsync(turnContext, services.Accessors.DialogState, cancellationToken).ConfigureAwait(false);
    }

    protected override async Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(membersAdded);
        ArgumentNullException.ThrowIfNull(turnContext);

        // The handler already leaves out the bot itself.
        if (membersAdded.Any(m => !string.IsNullOrEmpty(m.Id)))
        {
            await WelcomeOnceAsync(turnContext, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// A Teams team or group chat: one introduction when the bot itself is added there (Teams asks bots to introduce
    /// themselves in shared conversations), and nothing when people join, so a team is not sent a health welcome per
    /// member. The introduction sets nobody's welcome flag: whoever added the bot is still welcomed in a personal chat.
    /// </summary>
    protected override async Task OnGroupConversationUpdateAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var botId = activity.Recipient?.Id;
        if (!string.IsNullOrEmpty(botId) && activity.MembersAdded?.Any(m => m.Id == botId) == true)
        {
            var region = services.Regions.Resolve(activity.Locale);
            await turnContext.SendActivityAsync(Welcome(region.EmergencyNumber, EmergencyHeadline.Continuation(region.Options)), cancellationToken).ConfigureAwait(false);
        }
    }

    protected override async Task OnEventActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (string.Equals(turnContext.Activity.Name, WebChatJoinEvent, StringComparison.OrdinalIgnoreCase))
        {
            await WelcomeOnceAsync(turnContext, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task WelcomeOnceAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var region = services.Regions.Resolve(turnContext.Activity.Locale);
        if (string.IsNullOrEmpty(turnContext.Activity.From?.Id))
        {
            // Nobody to remember it for (a channel that sends no user): welcome without keeping a flag.
            await turnContext.SendActivityAsync(Welcome(region.EmergencyNumber, EmergencyHeadline.Continuation(region.Options)), cancellationToken).ConfigureAwait(false);
            return;
        }

        var profile = await services.Accessors.Profile.GetAsync(turnContext, () => new UserProfile(), cancellationToken).ConfigureAwait(false);
        if (profile.Welcomed)
        {
            return;
        }

        profile.Welcomed = true;
        await turnContext.SendActivityAsync(Welcome(region.EmergencyNumber, EmergencyHeadline.Continuation(region.Options)), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Web Chat sends no members-added for the visitor, and in a Teams channel or group chat nobody is welcomed on
    /// joining, so a person's first message is the first chance to say who the bot is and that it is not a doctor.
    /// Someone whose first words are a red flag gets the escalation first and alone: no welcome in front of it, then
    /// or later. Only a person not yet welcomed has the message read here; the dialog then reuses that reading
    /// (<see cref="TurnData.MessageFindings"/>).
    /// </summary>
    private async Task WelcomeOnFirstMessageAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(turnContext.Activity.From?.Id))
        {
            if (!SaysRedFlag(turnContext))
            {
                await WelcomeOnceAsync(turnContext, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        var profile = await services.Accessors.Profile.GetAsync(turnContext, () => new UserProfile(), cancellationToken).ConfigureAwait(false);
        if (profile.Welcomed)
        {
            return;
        }

        if (SaysRedFlag(turnContext))
        {
            profile.Welcomed = true;
            return;
        }

        await WelcomeOnceAsync(turnContext, cancellationToken).ConfigureAwait(false);
    }

    private bool SaysRedFlag(ITurnContext turnContext)
    {
        var findings = new Triage.Findings.Findings();
        findings.Apply(TurnData.MessageFindings(turnContext, services.Triage, turnContext.Activity.Text ?? string.Empty, services.Time.GetUtcNow()));
        return services.Triage.Evaluate(findings).IsRedFlag;
    }

    private static bool IsTeamsSharedConversation(ITurnContext turnContext) =>
        turnContext.Activity.ChannelId == Channels.Msteams
        && turnContext.Activity.Conversation?.ConversationType is "channel" or "groupChat";

    private static bool IsWebChat(ITurnContext turnContext) =>
        turnContext.Activity.ChannelId is Channels.Webchat or Channels.DirectLine;
}
