namespace BotService.DirectLine.Tokens;

/// <summary>What a conversation token grants: one conversation, optionally one user id, until <see cref="Expires"/>.</summary>
public sealed record TokenClaims(string ConversationId, string? UserId, DateTimeOffset Issued, DateTimeOffset Expires);

/// <summary>The outcome of checking an <c>Authorization</c> value.</summary>
public enum TokenCheck
{
    Valid,
    Missing,
    Malformed,
    BadSignature,
    Expired,
}
