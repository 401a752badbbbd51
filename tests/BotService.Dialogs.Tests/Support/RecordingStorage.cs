using System.Collections.Concurrent;
using System.Text.Json;
using BotService.Storage;
using BotService.Storage.Memory;

namespace BotService.Dialogs.Tests.Support;

/// <summary>Memory storage that also remembers every key written, so tests can look at everything stored.</summary>
public sealed class RecordingStorage : IStorage
{
    private readonly MemoryStorage _inner = new();

    public ConcurrentDictionary<string, bool> Keys { get; } = new();

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) =>
        _inner.ReadAsync(keys, cancellationToken);

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var key in changes.Keys)
        {
            Keys[key] = true;
        }

        return _inner.WriteAsync(changes, cancellationToken);
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => _inner.DeleteAsync(keys, cancellationToken);

    /// <summary>Every live item as JSON text, by key.</summary>
    public async Task<Dictionary<string, string>> DumpAsync()
    {
        var items = await _inner.ReadAsync([.. Keys.Keys]);
        return items.ToDictionary(i => i.Key, i => i.Value is JsonElement e ? e.GetRawText() : JsonSerializer.Serialize(i.Value));
    }
}
