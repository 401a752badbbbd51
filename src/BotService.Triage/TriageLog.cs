using Microsoft.Extensions.Logging;

namespace BotService.Triage;

/// <summary>Triage log messages. Never message text or findings: only counts and ids.</summary>
internal static partial class TriageLog
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Triage rules loaded: {RuleCount} rules, {InferenceCount} resting on [inference] rows")]
    public static partial void RulesLoaded(ILogger logger, int ruleCount, int inferenceCount);
}
