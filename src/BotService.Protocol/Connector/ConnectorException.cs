using System.Net;

namespace BotService.Protocol.Connector;

/// <summary>A Connector call failed with a status that is not retried, or kept failing after the retries.</summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException() { }

    public ConnectorException(string message) : base(message) { }

    public ConnectorException(string message, Exception innerException) : base(message, innerException) { }

    public ConnectorException(HttpStatusCode statusCode, string message) : base(message) => StatusCode = statusCode;

    public HttpStatusCode? StatusCode { get; }
}
