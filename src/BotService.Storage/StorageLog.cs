using Microsoft.Extensions.Logging;

namespace BotService.Storage;

/// <summary>Source-generated log messages; keys and ids only, never stored content.</summary>
internal static partial class StorageLog
{
    [LoggerMessage(EventId = 4001, EventName = "StorageReady", Level = LogLevel.Information, Message = "Storage ready: {Provider} ({Location}), items expire after {ExpiryDays} days")]
    public static partial void StorageReady(ILogger logger, StorageProvider provider, string location, int expiryDays);

    [LoggerMessage(EventId = 4002, EventName = "StoragePurged", Level = LogLevel.Information, Message = "Purged {Count} expired storage items")]
    public static partial void StoragePurged(ILogger logger, int count);

    [LoggerMessage(EventId = 4003, EventName = "StoragePurgeFailed", Level = LogLevel.Warning, Message = "Purging expired storage items failed: {Reason}")]
    public static partial void StoragePurgeFailed(ILogger logger, string reason);
}
