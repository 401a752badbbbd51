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

    /// <summary>
    /// The channel refused this reply itself (400, 404, 413 and the like): sending it again would be refused again, so
    /// it is a failed turn, not a delivery to try later. Not for 401/403 (after a fresh token), 408, 412, 429 or 5xx.
    /// </summary>
    public bool RefusedByTheChannel => StatusCode is { } status && (int)status is >= 400 and < 500
        && status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.RequestTimeout
            or HttpStatusCode.PreconditionFailed or HttpStatusCode.TooManyRequests);
}
