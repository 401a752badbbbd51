using Microsoft.Extensions.Logging;

namespace BotService.Content;

/// <summary>Log events of the content base. Questions are never logged: they may hold health details.</summary>
internal static partial class ContentLog
{
    [LoggerMessage(EventId = 5001, EventName = "ContentLoaded", Level = LogLevel.Information,
        Message = "Content base loaded: {EntryCount} entries, {SourceCount} sources, from {DataPath}")]
    public static partial void Loaded(ILogger logger, int entryCount, int sourceCount, string dataPath);

    [LoggerMessage(EventId = 5002, EventName = "ContentIndexBuilt", Level = LogLevel.Debug,
        Message = "Content index built over {PassageCount} passages in {ElapsedMs:0.0} ms")]
    public static partial void IndexBuilt(ILogger logger, int passageCount, double elapsedMs);

    [LoggerMessage(EventId = 5003, EventName = "ContentAnswered", Level = LogLevel.Debug,
        Message = "Answered from {EntryId} (score {Score:0.00}, coverage {Coverage:0.00})")]
    public static partial void Answered(ILogger logger, string entryId, double score, double coverage);

    [LoggerMessage(EventId = 5004, EventName = "ContentMiss", Level = LogLevel.Debug,
        Message = "No confident answer (coverage {Coverage:0.00}, best score {Score:0.00})")]
    public static partial void NoAnswer(ILogger logger, double coverage, double score);
}
