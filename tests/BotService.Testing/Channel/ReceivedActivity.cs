using BotService.Protocol.Schema;

namespace BotService.Testing.Channel;

/// <summary>One Connector call the fake channel received: the route's ids (unescaped), the token and the body.</summary>
public sealed record ReceivedActivity(
    string Method,
    string ConversationId,
    string? ActivityIdInPath,
    string? Authorization,
    Activity Activity,
    string RawPath);
