namespace BotService.Protocol;

/// <summary>
/// The bot's reply could not be delivered to the channel: its token could not be fetched, the Connector could not be
/// reached or kept failing after the retries (<see cref="Connector.ConnectorException"/>), or Direct Line's log could
/// not store it. The turn did not complete and its state changes were not saved, so
/// <see cref="Hosting.BotTurnErrorHandler"/> keeps the stored conversation and lets this propagate for the host to
/// answer the channel with an error status, not a success.
/// </summary>
public class ReplyDeliveryException : Exception
{
    public ReplyDeliveryException() { }

    public ReplyDeliveryException(string message) : base(message) { }

    public ReplyDeliveryException(string message, Exception innerException) : base(message, innerException) { }
}
