using Microsoft.Extensions.Logging;

namespace BotService.Dialogs;

/// <summary>The conversation's log events. Never message text or findings: levels, rule ids and slots only.</summary>
internal static partial class DialogsLog
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Triage outcome {Disposition} (rules {RuleIds}) on {ChannelId}")]
    public static partial void TriageOutcome(ILogger logger, string disposition, string ruleIds, string? channelId);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Information, Message = "Red flag escalated: {Disposition} (rules {RuleIds}) on {ChannelId}")]
    public static partial void RedFlag(ILogger logger, string disposition, string ruleIds, string? channelId);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Information, Message = "Command {Command}")]
    public static partial void Command(ILogger logger, string command);

    [LoggerMessage(EventId = 6005, Level = LogLevel.Debug, Message = "Question answered from content entry {EntryId}")]
    public static partial void ContentAnswer(ILogger logger, string entryId);

    [LoggerMessage(EventId = 6006, Level = LogLevel.Information, Message = "Question out of scope of the content base")]
    public static partial void ContentMiss(ILogger logger);
}
