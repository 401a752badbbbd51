using Microsoft.Extensions.Logging;

namespace BotService.Protocol.State;

/// <summary>Source-generated log messages for state; storage keys and channel ids only, never content.</summary>
internal static partial class StateLog
{
    [LoggerMessage(EventId = 3101, EventName = "StorageConflict", Level = LogLevel.Warning, Message = "State conflict on {Key} ({ChannelId}); running the turn again on fresh state")]
    public static partial void StateConflictReplay(ILogger logger, string? channelId, string? key);

    [LoggerMessage(EventId = 3102, EventName = "StorageConflictApology", Level = LogLevel.Warning, Message = "State conflict on {Key} ({ChannelId}); asked the user to repeat")]
    public static partial void StateConflictApology(ILogger logger, string? channelId, string? key);
}
