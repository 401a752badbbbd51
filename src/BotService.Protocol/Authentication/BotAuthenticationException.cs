namespace BotService.Protocol.Authentication;

/// <summary>A request failed authentication; the endpoint answers 401. The reason is logged, never sent.</summary>
public sealed class BotAuthenticationException : Exception
{
    public BotAuthenticationException() { }

    public BotAuthenticationException(string message) : base(message) { }

    public BotAuthenticationException(string message, Exception innerException) : base(message, innerException) { }
}
