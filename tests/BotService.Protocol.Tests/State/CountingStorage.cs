using BotService.Storage;

namespace BotService.Protocol.Tests.State;

/// <summary>
/// A real storage with its operations counted, to show when state is read and written. It expires documents as the
/// storage it wraps does (every provider does), so that state renews itself over it as over the provider.
/// </summary>
internal sealed class CountingStorage(IStorage inner) : IStorage, IExpiringStorage
{
    public int Reads { get; private set; }
    public int Writes { get; private set; }
    public List<string> WrittenKeys { get; } = [];

    public TimeSpan Expiry => ((IExpiringStorage)inner).Expiry;

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        Reads++;
        return inner.ReadAsync(keys, cancellationToken);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        Writes++;
        WrittenKeys.AddRange(changes.Keys);
        return inner.WriteAsync(changes, cancellationToken);
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => inner.DeleteAsync(keys, cancellationToken);

    public Task<int> PurgeExpiredAsync(CancellationToken cancellationToken = default) => ((IExpiringStorage)inner).PurgeExpiredAsync(cancellationToken);
}
