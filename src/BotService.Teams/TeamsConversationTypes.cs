using BotService.Protocol.Schema;

namespace BotService.Teams;

/// <summary>The values of <c>conversation.conversationType</c> Teams sends (protocol.md §6.1), as the schema names them.</summary>
public static class TeamsConversationTypes
{
    public const string Personal = ConversationTypes.Personal;
    public const string GroupChat = ConversationTypes.GroupChat;
    public const string Channel = ConversationTypes.Channel;
}
