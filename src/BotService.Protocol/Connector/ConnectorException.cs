using System.Net;

namespace BotService.Protocol.Connector;

/// <summary>
/// A Connector call failed: the channel answered a status that is not retried, or kept failing after the retries
/// (<see cref="StatusCode"/> set), or the call could not be made at all (the bot's token could not be fetched, the
/// Connector could not be reached or did not answer in time; the cause is the inner exception).
/// </summary>
public sealed class ConnectorException : ReplyDeliveryException
{
    public ConnectorException() { }

    public ConnectorException(string message) : base(message) { }

    public ConnectorException(string message, Exception innerException) : base(message, innerException) { }

    public ConnectorException(HttpStatusCode statusCode, string message) : base(message) => StatusCode = statusCode;

    public HttpStatusCode? StatusCode { get; }
}
