namespace BotService.Storage;

/// <summary>
/// The database refused the data itself: a key or value it cannot hold (a NUL character in PostgreSQL text, a key
/// longer than its index allows). Not an outage: the same request fails the same way however often it is retried.
/// Callers should refuse such ids before they reach the store; this says what went wrong when one gets through.
/// </summary>
public sealed class StorageDataException : Exception
{
    public StorageDataException() { }

    public StorageDataException(string message) : base(message) { }

    public StorageDataException(string message, Exception innerException) : base(message, innerException) { }
}
