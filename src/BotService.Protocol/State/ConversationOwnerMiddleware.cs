using BotService.Protocol.Schema;

namespace BotService.Protocol.State;

/// <summary>
/// A one-to-one conversation belongs to the user who first wrote in it. A message into it from another user id
/// (a client reusing someone else's conversation id) is answered with a neutral notice and never reaches the bot,
/// so it can neither read nor change that person's conversation. Group conversations (<c>isGroup</c>, or the
/// conversation type <c>groupChat</c> or <c>channel</c>) are shared by design and pass through. Put it after the
/// state middleware: it reads and stores the owner in the <see cref="ConversationState"/> the auto-save writes. The
/// owner is written once, and the state holding it is renewed while the conversation is in use
/// (<see cref="StateRenewal"/>), so it does not expire before the dialog state that is written every turn.
/// </summary>
public sealed class ConversationOwnerMiddleware : IMiddleware
{
    public const string NotYourConversationText =
        "This conversation belongs to someone else. Please start a new conversation.";

    private readonly IStatePropertyAccessor<string> _owner;

    public ConversationOwnerMiddleware(ConversationState conversationState)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        _owner = conversationState.CreateProperty<string>("ConversationOwner");
    }

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turnContext.Activity;
        var user = activity.From?.Id;
        if (activity.Type != ActivityTypes.Message || IsGroup(activity.Conversation) || string.IsNullOrEmpty(user))
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        var owner = await _owner.GetAsync(turnContext, () => user, cancellationToken).ConfigureAwait(false);
        if (!string.Equals(owner, user, StringComparison.Ordinal))
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(NotYourConversationText), cancellationToken).ConfigureAwait(false);
            return;
        }

        await next(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// <c>isGroup</c>, or a conversation type that is shared (Teams' <c>groupChat</c> and <c>channel</c>): the Teams
    /// code decides the scope by the type, so a client that leaves out <c>isGroup</c> must not split the two.
    /// </summary>
    private static bool IsGroup(ConversationAccount? conversation) =>
        conversation is not null && (conversation.IsGroup == true || conversation.ConversationType is ConversationTypes.GroupChat or ConversationTypes.Channel);
}
