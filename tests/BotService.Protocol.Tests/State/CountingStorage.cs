using BotService.Storage;

namespace BotService.Protocol.Tests.State;

/// <summary>A real storage with its operations counted, to show when state is read and written.</summary>
internal sealed class CountingStorage(IStorage inner) : IStorage
{
    public int Reads { get; private set; }
    public int Writes { get; private set; }
    public List<string> WrittenKeys { get; } = [];

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
}
