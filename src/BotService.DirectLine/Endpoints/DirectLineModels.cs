using System.Text.Json.Serialization;
using BotService.Protocol.Schema;

namespace BotService.DirectLine.Endpoints;

/// <summary>The Direct Line Conversation object (protocol.md §5.1); <c>expires_in</c> keeps its snake_case name.</summary>
public sealed record ConversationResponse(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string? Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("streamUrl")] string? StreamUrl);

/// <summary>Optional body of token generate and conversation start: <c>{user:{id,name}, locale}</c>.</summary>
public sealed record TokenParameters(ChannelAccount? User, string? Locale);

/// <summary>The Direct Line error body <c>{"error":{"code","message"}}</c>.</summary>
public sealed record ErrorResponse([property: JsonPropertyName("error")] ErrorDetail Error);

public sealed record ErrorDetail(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("message")] string Message);
