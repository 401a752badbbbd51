namespace BotService.Storage;

/// <summary>
/// Key/value storage for bot state with batch operations (botbuilder-dotnet IStorage, style.md §2.4).
/// Values are written as JSON. Values read back are <see cref="System.Text.Json.JsonElement"/>s; use
/// <see cref="StorageExtensions.ReadAsync{T}"/> for typed reads. Missing keys are simply absent from a read.
/// </summary>
public interface IStorage
{
    Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes all <paramref name="changes"/>. For an <see cref="IStoreItem"/> whose ETag is neither null nor
    /// <c>*</c>, the stored ETag must match, or the write fails with <see cref="StorageConflictException"/> and
    /// nothing in the batch is written. Every write of an <see cref="IStoreItem"/> gets a new ETag.
    /// </summary>
    Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default);

    Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default);
}

/// <summary>A stored value that takes part in optimistic concurrency.</summary>
public interface IStoreItem
{
    /// <summary>The version last read; <c>*</c> overwrites whatever is stored.</summary>
    string? ETag { get; set; }
}

/// <summary>A write lost an optimistic-concurrency race: someone else wrote the key since it was read.</summary>
public sealed class StorageConflictException : Exception
{
    public StorageConflictException() { }

    public StorageConflictException(string message) : base(message) { }

    public StorageConflictException(string message, Exception innerException) : base(message, innerException) { }

    public StorageConflictException(string message, string key) : base(message) => Key = key;

    public string? Key { get; }
}

/// <summary>The storage is unreachable or failed; the turn should tell the user to try again.</summary>
public sealed class StorageUnavailableException : Exception
{
    public StorageUnavailableException() { }

    public StorageUnavailableException(string message) : base(message) { }

    public StorageUnavailableException(string message, Exception innerException) : base(message, innerException) { }
}
