namespace BotService.Teams;

/// <summary>
/// Where a Teams activity comes from: the conversation type and the tenant, team and channel ids read from
/// <c>conversation</c> and <c>channelData</c> (protocol.md §6.1). <see cref="ThreadRootId"/> is the root message
/// of a channel thread, taken from the <c>;messageid=</c> suffix of the conversation id.
/// </summary>
public sealed record TeamsConversationInfo(
    string ConversationType,
    string? TenantId,
    string? TeamId,
    string? TeamsChannelId,
    string? ThreadRootId)
{
    public bool IsPersonal => ConversationType == TeamsConversationTypes.Personal;

    public bool IsChannel => ConversationType == TeamsConversationTypes.Channel;

    public bool IsGroupChat => ConversationType == TeamsConversationTypes.GroupChat;
}
