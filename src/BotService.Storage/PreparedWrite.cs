namespace BotService.Storage;

/// <summary>How a write is conditioned on what is stored.</summary>
internal enum WriteCondition
{
    /// <summary>Null or <c>*</c> ETag, or a value that is not an <see cref="IStoreItem"/>.</summary>
    Unconditional,

    /// <summary><see cref="StoreETags.New"/>: nothing live may be stored under the key.</summary>
    MustBeAbsent,

    /// <summary>The stored ETag must equal <see cref="PreparedWrite.ExpectedETag"/>.</summary>
    MustMatch,
}

/// <summary>One change of a batch, serialised once (UTF-8, as SQLite and the reader want it) with its new ETag already in the JSON.</summary>
internal readonly record struct PreparedWrite(string Key, WriteCondition Condition, string? ExpectedETag, string NewETag, byte[] Utf8Json);

/// <summary>
/// Turns a batch into <see cref="PreparedWrite"/>s. Each <see cref="IStoreItem"/> is given its new ETag before
/// serialising, so the stored JSON carries it and the caller's object can be saved again; <see cref="Restore"/>
/// puts the old ETags back when the batch fails.
/// </summary>
internal sealed class PreparedBatch
{
    private readonly List<(IStoreItem Item, string? OldETag)> _items = [];

    private PreparedBatch(List<PreparedWrite> writes) => Writes = writes;

    public List<PreparedWrite> Writes { get; }

    public static PreparedBatch Prepare(IDictionary<string, object> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var batch = new PreparedBatch(new List<PreparedWrite>(changes.Count));
        try
        {
            foreach (var (key, value) in changes)
            {
                ArgumentException.ThrowIfNullOrEmpty(key);
                batch.Writes.Add(batch.PrepareOne(key, value ?? throw new ArgumentException($"The value for '{key}' is null.", nameof(changes))));
            }
        }
        catch
        {
            batch.Restore();
            throw;
        }

        return batch;
    }

    /// <summary>Gives every item of a failed batch its old ETag back.</summary>
    public void Restore()
    {
        foreach (var (item, oldETag) in _items)
        {
            item.ETag = oldETag;
        }
    }

    private PreparedWrite PrepareOne(string key, object value)
    {
        var newETag = StoreETags.Create();
        if (value is not IStoreItem item)
        {
            return new PreparedWrite(key, WriteCondition.Unconditional, null, newETag, Serialize(value));
        }

        var old = item.ETag;
        var condition = old switch
        {
            null or StoreETags.Any => WriteCondition.Unconditional,
            StoreETags.New => WriteCondition.MustBeAbsent,
            _ => WriteCondition.MustMatch,
        };
        _items.Add((item, old));
        item.ETag = newETag;
        return new PreparedWrite(key, condition, condition == WriteCondition.MustMatch ? old : null, newETag, Serialize(value));
    }

    private static byte[] Serialize(object value) =>
        System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), StorageJson.Options);
}
