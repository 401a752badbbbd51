using Microsoft.Extensions.Logging;

namespace BotService.DirectLine;

/// <summary>Log messages of the Direct Line endpoint. None carries message text (privacy rule).</summary>
internal static partial class DirectLineLog
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Warning, Message =
        "DirectLine:TokenSigningKey is not configured: tokens are signed with a random per-process key. That is fine for one instance; several instances need a shared key.")]
    public static partial void RandomSigningKey(ILogger logger);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Information, Message = "Direct Line conversation {ConversationId} started")]
    public static partial void ConversationStarted(ILogger logger, string conversationId);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Information, Message = "Listening for Direct Line activity notifications")]
    public static partial void Listening(ILogger logger);

    [LoggerMessage(EventId = 7005, Level = LogLevel.Warning, Message = "The Direct Line notification listener lost its connection; retrying")]
    public static partial void ListenerFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 7006, Level = LogLevel.Information, Message = "Deleted {Count} expired Direct Line conversations")]
    public static partial void ConversationsExpired(ILogger logger, int count);

    [LoggerMessage(EventId = 7007, Level = LogLevel.Warning, Message = "Deleting expired Direct Line conversations failed")]
    public static partial void CleanupFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 7008, Level = LogLevel.Debug, Message = "WebSocket stream for {ConversationId} closed: {Reason}")]
    public static partial void StreamClosed(ILogger logger, string conversationId, string reason);

    [LoggerMessage(EventId = 7009, Level = LogLevel.Warning, Message = "Direct Line storage is unavailable")]
    public static partial void StorageUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 7010, Level = LogLevel.Warning, Message = "No IBot is registered: Direct Line activities are stored but nobody answers them")]
    public static partial void NoBot(ILogger logger);

    [LoggerMessage(EventId = 7011, Level = LogLevel.Information, Message = "Erased {Count} activities of Direct Line conversation {ConversationId} on the user's request")]
    public static partial void ConversationErased(ILogger logger, string conversationId, int count);

    [LoggerMessage(EventId = 7012, Level = LogLevel.Information, Message = "Moved the SQLite Direct Line log's activities to the rowid table layout (once per file)")]
    public static partial void LogLayoutMoved(ILogger logger);

    /// <summary>Debug: any client can cause it, so it must not fill the log; the client gets a 400 that says why.</summary>
    [LoggerMessage(EventId = 7013, Level = LogLevel.Debug, Message = "Direct Line storage refused a request's data (SQLSTATE {SqlState}); answered 400")]
    public static partial void DataRefused(ILogger logger, string? sqlState);
}
