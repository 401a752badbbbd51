using Microsoft.Extensions.Logging;

namespace BotService.Teams.Sending;

/// <summary>Log lines of the Teams send limits; they carry sizes and delays, never ids or message text.</summary>
internal static partial class TeamsSendLog
{
    [LoggerMessage(EventId = 8101, Level = LogLevel.Debug, Message = "Waited {DelayMilliseconds} ms for room in a Teams thread's rate windows")]
    public static partial void Paced(ILogger logger, double delayMilliseconds);

    [LoggerMessage(EventId = 8102, Level = LogLevel.Warning, Message = "A send waited the longest allowed {MaxWaitSeconds} s (Teams:MaxPacingWaitSeconds, or what was left of the turn's wait budget) for room in a Teams thread and went out anyway")]
    public static partial void MaxWaitReached(ILogger logger, double maxWaitSeconds);

    [LoggerMessage(EventId = 8103, Level = LogLevel.Information, Message = "Split a {Bytes}-byte Teams message into {Parts} parts")]
    public static partial void Split(ILogger logger, int bytes, int parts);
}
