namespace BotService.Protocol.State;

/// <summary>
/// One state's write at the end of a turn: the document to store under <see cref="Key"/>, and what the turn's cache
/// becomes once the write has succeeded (the storage has given the document its new ETag by then).
/// </summary>
internal sealed class PendingSave(string key, BotStateDocument document, CachedBotState cached, byte[] json)
{
    public string Key { get; } = key;

    public BotStateDocument Document { get; } = document;

    public void Complete() => cached.MarkSaved(Document.ETag, json, Document.SavedAt);
}
