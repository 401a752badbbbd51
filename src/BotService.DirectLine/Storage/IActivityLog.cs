using BotService.Protocol.Schema;

namespace BotService.DirectLine.Storage;

/// <summary>
/// The Direct Line conversations and their ordered activity logs. Each appended activity gets the next sequence
/// number of its conversation (the watermark), an id <c>{conversationId}|{seq:D7}</c> and a timestamp that never goes
/// backwards within the conversation, even when several instances append.
/// </summary>
public interface IActivityLog
{
    Task CreateConversationAsync(string conversationId, CancellationToken cancellationToken);

    Task<ConversationInfo?> GetConversationAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Marks the conversation started; true only for the one caller that started it.</summary>
    Task<bool> TryStartAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Stores <paramref name="activity"/> (stamping its id and timestamp) and returns the stored copy.</summary>
    Task<Activity> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken);

    /// <summary>Activities with a sequence number above <paramref name="afterSeq"/>, oldest first, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<StoredActivity>> ReadAsync(string conversationId, long afterSeq, int max, CancellationToken cancellationToken);

    /// <summary>
    /// "delete my data": deletes the conversation's activities with sequence numbers up to and including
    /// <paramref name="throughSeq"/> and returns how many. The conversation, its counter and later activities stay,
    /// so replies sent after that point are still delivered and watermarks keep increasing.
    /// </summary>
    Task<int> EraseThroughAsync(string conversationId, long throughSeq, CancellationToken cancellationToken);

    /// <summary>Deletes conversations whose last activity is older than <paramref name="cutoff"/>; returns how many.</summary>
    Task<int> DeleteExpiredAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}

public sealed record ConversationInfo(string Id, bool Started, long LastSeq);

/// <summary>One stored activity: its sequence number, its type, and its JSON exactly as sent to clients.</summary>
public sealed record StoredActivity(long Seq, string Type, string Json);
