using Microsoft.Extensions.Logging;

namespace BotService.Storage.Sqlite;

/// <summary>Source-generated log messages of the SQLite store: error kinds and codes only, never keys or content.</summary>
internal static partial class SqliteLog
{
    [LoggerMessage(EventId = 4011, EventName = "SqliteBackgroundCheckpointFailed", Level = LogLevel.Warning,
        Message = "Background WAL checkpoints are failing ({ExceptionType}, SQLite error {ErrorCode}); turns will checkpoint by themselves past the backstop. Logged once.")]
    public static partial void BackgroundCheckpointFailed(ILogger logger, string exceptionType, int errorCode);

    [LoggerMessage(EventId = 4012, EventName = "SqliteErasureCheckpointBlocked", Level = LogLevel.Warning,
        Message = "After an erasure the WAL could not be emptied yet (another connection is reading); retrying every second.")]
    public static partial void ErasureCheckpointBlocked(ILogger logger);
}
