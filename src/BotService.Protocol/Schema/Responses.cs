using System.Text.Json.Serialization;

namespace BotService.Protocol.Schema;

/// <summary>The id a channel gave to an activity the bot sent.</summary>
public sealed record ResourceResponse([property: JsonPropertyName("id")] string? Id);

/// <summary>Body of a 200 answer to an <c>expectReplies</c> request: <c>{"activities":[...]}</c> (protocol.md §1.8).</summary>
public sealed record ExpectedReplies([property: JsonPropertyName("activities")] IReadOnlyList<Activity> Activities);

/// <summary>The HTTP status and body the bot chose for an <c>invoke</c> activity (protocol.md §1.9).</summary>
public sealed record InvokeResponse(int Status, object? Body = null);
