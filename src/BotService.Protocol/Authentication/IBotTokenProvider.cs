namespace BotService.Protocol.Authentication;

/// <summary>Gets the bot's own token for calls to a channel's Connector (protocol.md §3.b).</summary>
public interface IBotTokenProvider
{
    /// <summary>The access token, or null when the bot runs anonymously (no app id: no Authorization header).</summary>
    Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken);
}
