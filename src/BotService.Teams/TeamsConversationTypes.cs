namespace BotService.Teams;

/// <summary>The values of <c>conversation.conversationType</c> Teams sends (protocol.md §6.1).</summary>
public static class TeamsConversationTypes
{
    public const string Personal = "personal";
    public const string GroupChat = "groupChat";
    public const string Channel = "channel";
}
