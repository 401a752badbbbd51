using BotService.Storage;

namespace BotService.Protocol.State;

/// <summary>
/// State shared by everyone in one conversation: <c>{channelId}/conversations/{conversationId}</c>, each id with '%'
/// and '/' escaped (<see cref="StorageKeySegment"/>). Holds the dialog stack.
/// </summary>
public sealed class ConversationState(IStorage storage, TimeProvider? timeProvider = null) : BotState(storage, nameof(ConversationState), timeProvider)
{
    public override string GetStorageKey(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        return $"{KeySegment(activity.ChannelId, "channelId")}/conversations/{KeySegment(activity.Conversation?.Id, "conversation.id")}";
    }
}

/// <summary>State of one user across conversations on a channel: <c>{channelId}/users/{userId}</c>.</summary>
public sealed class UserState(IStorage storage, TimeProvider? timeProvider = null) : BotState(storage, nameof(UserState), timeProvider, renewWhileInUse: false)
{
    public override string GetStorageKey(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        return $"{KeySegment(activity.ChannelId, "channelId")}/users/{KeySegment(activity.From?.Id, "from.id")}";
    }
}

/// <summary>
/// State of one user within one conversation (group chats, Teams channels):
/// <c>{channelId}/conversations/{conversationId}/users/{userId}</c>.
/// </summary>
public sealed class PrivateConversationState(IStorage storage, TimeProvider? timeProvider = null) : BotState(storage, nameof(PrivateConversationState), timeProvider)
{
    public override string GetStorageKey(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        return $"{KeySegment(activity.ChannelId, "channelId")}/conversations/{KeySegment(activity.Conversation?.Id, "conversation.id")}/users/{KeySegment(activity.From?.Id, "from.id")}";
    }
}
