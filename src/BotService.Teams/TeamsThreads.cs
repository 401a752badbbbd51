namespace BotService.Teams;

/// <summary>
/// Channel threads: Teams addresses a thread as the channel id plus <c>;messageid=&lt;root id&gt;</c>
/// (protocol.md §6.1, §6.6). A reply posted to that conversation id lands in the thread; one posted to the bare
/// channel id would start a new thread, which is why replies must keep the suffix of the inbound conversation.
/// </summary>
public static class TeamsThreads
{
    public const string MessageIdMarker = ";messageid=";

    /// <summary>The thread's root message id, or null when the conversation id names no thread.</summary>
    public static string? GetThreadRootId(string? conversationId)
    {
        var index = conversationId?.IndexOf(MessageIdMarker, StringComparison.OrdinalIgnoreCase) ?? -1;
        if (index < 0)
        {
            return null;
        }

        var root = conversationId![(index + MessageIdMarker.Length)..];
        var end = root.IndexOf(';', StringComparison.Ordinal);
        return end < 0 ? root : root[..end];
    }

    /// <summary>The conversation id without the thread suffix: the channel (or chat) itself.</summary>
    public static string GetBaseConversationId(string conversationId)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        var index = conversationId.IndexOf(MessageIdMarker, StringComparison.OrdinalIgnoreCase);
        return index < 0 ? conversationId : conversationId[..index];
    }

    /// <summary>The conversation id that targets the thread rooted at <paramref name="rootMessageId"/>.</summary>
    public static string ToThreadedConversationId(string conversationId, string rootMessageId)
    {
        ArgumentException.ThrowIfNullOrEmpty(rootMessageId);
        return GetBaseConversationId(conversationId) + MessageIdMarker + rootMessageId;
    }
}
