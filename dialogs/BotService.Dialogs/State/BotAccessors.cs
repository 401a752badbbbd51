using BotService.DialogEngine;
using BotService.Protocol.State;

namespace BotService.Dialogs.State;

/// <summary>
/// The bot's state and the properties it keeps there (one instance per process). The dialog stack and the triage
/// live in private conversation state (conversation and user), the welcome flag in user state.
/// </summary>
public sealed class BotAccessors
{
    public BotAccessors(ConversationState conversationState, UserState userState, PrivateConversationState privateState)
    {
        ConversationState = conversationState ?? throw new ArgumentNullException(nameof(conversationState));
        UserState = userState ?? throw new ArgumentNullException(nameof(userState));
        PrivateState = privateState ?? throw new ArgumentNullException(nameof(privateState));
        // Per person within the conversation: two people in one Teams channel thread never share a triage.
        DialogState = privateState.CreateProperty<DialogState>(DialogStateKeys.DialogState);
        Triage = privateState.CreateProperty<TriageConversation>(nameof(TriageConversation));
        Profile = userState.CreateProperty<UserProfile>(nameof(UserProfile));
    }

    public ConversationState ConversationState { get; }

    public UserState UserState { get; }

    public PrivateConversationState PrivateState { get; }

    public IStatePropertyAccessor<DialogState> DialogState { get; }

    public IStatePropertyAccessor<TriageConversation> Triage { get; }

    public IStatePropertyAccessor<UserProfile> Profile { get; }

    public BotState[] All => [ConversationState, UserState, PrivateState];
}
