using Microsoft.Extensions.Logging;

namespace BotService.Dialogs;

/// <summary>
/// The conversation's log events. Never message text or findings at the default level: a triage outcome or red flag
/// (a level derived from what the person said) and its rule ids only at Debug, since lines nearby at Information may
/// name the conversation (Direct Line's "conversation started", "erased").
/// </summary>
internal static partial class DialogsLog
{
    /// <summary>The level, and the rule ids, which name findings (<c>S8-eyelid-over-two-weeks</c>, <c>E1-chest-pain</c>).</summary>
    public static void TriageOutcome(ILogger logger, string disposition, string ruleIds, string? channelId)
    {
        TriageOutcomeLevel(logger, disposition, channelId);
        TriageOutcomeRules(logger, ruleIds);
    }

    /// <summary>As <see cref="TriageOutcome"/>.</summary>
    public static void RedFlag(ILogger logger, string disposition, string ruleIds, string? channelId)
    {
        RedFlagLevel(logger, disposition, channelId);
        RedFlagRules(logger, ruleIds);
    }

    [LoggerMessage(EventId = 6001, Level = LogLevel.Debug, Message = "Triage outcome {Disposition} on {ChannelId}")]
    private static partial void TriageOutcomeLevel(ILogger logger, string disposition, string? channelId);

    [LoggerMessage(EventId = 6007, Level = LogLevel.Debug, Message = "Triage outcome rules {RuleIds}")]
    private static partial void TriageOutcomeRules(ILogger logger, string ruleIds);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Debug, Message = "Red flag escalated: {Disposition} on {ChannelId}")]
    private static partial void RedFlagLevel(ILogger logger, string disposition, string? channelId);

    [LoggerMessage(EventId = 6008, Level = LogLevel.Debug, Message = "Red flag rules {RuleIds}")]
    private static partial void RedFlagRules(ILogger logger, string ruleIds);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Information, Message = "Command {Command}")]
    public static partial void Command(ILogger logger, string command);

    [LoggerMessage(EventId = 6005, Level = LogLevel.Debug, Message = "Question answered from content entry {EntryId}")]
    public static partial void ContentAnswer(ILogger logger, string entryId);

    [LoggerMessage(EventId = 6006, Level = LogLevel.Information, Message = "Question out of scope of the content base")]
    public static partial void ContentMiss(ILogger logger);
}
