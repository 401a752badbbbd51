using BotService.Protocol.Schema;

namespace BotService.DirectLine.Storage;

/// <summary>The activity log in process memory (Storage:Provider=Memory): for tests and throwaway runs.</summary>
public sealed class MemoryActivityLog(TimeProvider time) : IActivityLog
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Conversation> _conversations = new(StringComparer.Ordinal);

    public Task CreateConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _conversations.Add(conversationId, new Conversation { Updated = time.GetUtcNow() });
        }

        return Task.CompletedTask;
    }

    public Task<ConversationInfo?> GetConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(_conversations.TryGetValue(conversationId, out var c)
                ? new ConversationInfo(conversationId, c.Started, c.LastSeq)
                : null);
        }
    }

    public Task<bool> TryStartAsync(string conversationId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!_conversations.TryGetValue(conversationId, out var c) || c.Started)
            {
                return Task.FromResult(false);
            }

            c.Started = true;
            return Task.FromResult(true);
        }
    }

    public Task<Activity> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!_conversations.TryGetValue(conversationId, out var c))
            {
                throw new KeyNotFoundException("The conversation does not exist.");
            }

            var now = time.GetUtcNow();
            c.LastMicros = ActivityStamp.NextMicros(now, c.LastMicros);
            var seq = c.LastSeq + 1;
            var (stamped, json) = ActivityStamp.Stamp(conversationId, activity, seq, c.LastMicros);
            c.Activities.Add(new StoredActivity(seq, stamped.Type ?? string.Empty, json));
            c.Updated = now;
            return Task.FromResult(stamped);
        }
    }

    public Task<IReadOnlyList<StoredActivity>> ReadAsync(string conversationId, long afterSeq, int max, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!_conversations.TryGetValue(conversationId, out var c))
            {
                return Task.FromResult<IReadOnlyList<StoredActivity>>([]);
            }

            // Sequence numbers are list positions + 1 + the number erased from the front, so the page start is computed.
            var start = (int)Math.Clamp(afterSeq - c.Erased, 0, c.Activities.Count);
            return Task.FromResult<IReadOnlyList<StoredActivity>>(c.Activities.GetRange(start, Math.Min(max, c.Activities.Count - start)));
        }
    }

    public Task<int> EraseThroughAsync(string conversationId, long throughSeq, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!_conversations.TryGetValue(conversationId, out var c))
            {
                return Task.FromResult(0);
            }

            // Erasure always takes a prefix (everything up to a point), so the list stays contiguous.
            var count = (int)Math.Clamp(throughSeq - c.Erased, 0, c.Activities.Count);
            c.Activities.RemoveRange(0, count);
            c.Erased += count;
            return Task.FromResult(count);
        }
    }

    public Task<int> DeleteExpiredAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var expired = _conversations.Where(p => p.Value.Updated < cutoff).Select(p => p.Key).ToList();
            expired.ForEach(id => _conversations.Remove(id));
            return Task.FromResult(expired.Count);
        }
    }

    private sealed class Conversation
    {
        public bool Started { get; set; }
        public long LastMicros { get; set; }
        public DateTimeOffset Updated { get; set; }

        /// <summary>How many activities were erased from the front of <see cref="Activities"/>.</summary>
        public long Erased { get; set; }

        public long LastSeq => Erased + Activities.Count;

        public List<StoredActivity> Activities { get; } = [];
    }
}
