using BotService.DialogEngine;
using BotService.Protocol.State;

namespace BotService.Dialogs.State;

/// <summary>The bot's state and the properties it keeps there (one instance per process).</summary>
public sealed class BotAccessors
{
    public BotAccessors(ConversationState conversationState, UserState userState, PrivateConversationState privateState)
    {
        ConversationState = conversationState ?? throw new ArgumentNullException(nameof(conversationState));
        UserState = userState ?? throw new ArgumentNullException(nameof(userState));
        PrivateState = privateState ?? throw new ArgumentNullException(nameof(privateState));
        DialogState = conversationState.CreateProperty<DialogState>(DialogStateKeys.DialogState);
        Triage = conversationState.CreateProperty<TriageConversation>(nameof(TriageConversation));
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
