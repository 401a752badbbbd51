namespace BotService.Storage;

/// <summary>
/// Storage whose items expire a fixed time after their last write (StorageOptions.ExpiryDays) so health
/// conversations are not kept forever. Expired items are never returned; purging removes them physically.
/// </summary>
public interface IExpiringStorage
{
    TimeSpan Expiry { get; }

    /// <summary>Deletes every expired item and returns how many were removed.</summary>
    Task<int> PurgeExpiredAsync(CancellationToken cancellationToken = default);
}

/// <summary>A provider that needs a start-up step (schema, connectivity check) before its first use.</summary>
public interface IInitializableStorage
{
    /// <summary>Creates what the provider needs; throws <see cref="StorageUnavailableException"/> with a clear message.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);
}
