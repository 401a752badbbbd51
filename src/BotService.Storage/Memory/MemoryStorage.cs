namespace BotService.Storage.Memory;

/// <summary>
/// In-process storage for tests and single-instance development. Values are kept as JSON text, so a read
/// returns a fresh copy as the database providers do, with the same ETag and expiry rules.
/// </summary>
public sealed class MemoryStorage(TimeProvider? timeProvider = null, TimeSpan? expiry = null) : IStorage, IExpiringStorage
{
    private readonly Dictionary<string, Entry> _items = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    public TimeSpan Expiry { get; } = expiry ?? StorageOptions.DefaultExpiry;

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var now = _time.GetUtcNow();
        var result = new Dictionary<string, object>(keys.Length, StringComparer.Ordinal);
        lock (_lock)
        {
            foreach (var key in keys)
            {
                if (_items.TryGetValue(key, out var entry) && entry.ExpiresAt > now)
                {
                    result[key] = StorageJson.Parse(entry.Utf8Json);
                }
            }
        }

        return Task.FromResult<IDictionary<string, object>>(result);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        var batch = PreparedBatch.Prepare(changes);
        var now = _time.GetUtcNow();
        lock (_lock)
        {
            // Check the whole batch first so that a conflict writes nothing.
            foreach (var write in batch.Writes)
            {
                var live = _items.TryGetValue(write.Key, out var entry) && entry.ExpiresAt > now;
                var ok = write.Condition switch
                {
                    WriteCondition.MustBeAbsent => !live,
                    WriteCondition.MustMatch => live && string.Equals(entry!.ETag, write.ExpectedETag, StringComparison.Ordinal),
                    _ => true,
                };
                if (!ok)
                {
                    batch.Restore();
                    throw Conflicts.For(write.Key);
                }
            }

            foreach (var write in batch.Writes)
            {
                _items[write.Key] = new Entry(write.NewETag, write.Utf8Json, now + Expiry);
            }
        }

        return Task.CompletedTask;
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        lock (_lock)
        {
            foreach (var key in keys)
            {
                _items.Remove(key);
            }
        }

        return Task.CompletedTask;
    }

    public Task<int> PurgeExpiredAsync(CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        lock (_lock)
        {
            var expired = _items.Where(kv => kv.Value.ExpiresAt <= now).Select(kv => kv.Key).ToList();
            expired.ForEach(key => _items.Remove(key));
            return Task.FromResult(expired.Count);
        }
    }

    private sealed record Entry(string ETag, byte[] Utf8Json, DateTimeOffset ExpiresAt);
}
