using System.Text.Json;

namespace BotService.Storage;

/// <summary>Typed conveniences over the batch <see cref="IStorage"/> operations.</summary>
public static class StorageExtensions
{
    /// <summary>Reads <paramref name="keys"/> and deserialises each present value as <typeparamref name="T"/>.</summary>
    public static async Task<IDictionary<string, T>> ReadAsync<T>(this IStorage storage, string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(storage);
        var raw = await storage.ReadAsync(keys, cancellationToken).ConfigureAwait(false);
        var typed = new Dictionary<string, T>(raw.Count, StringComparer.Ordinal);
        foreach (var (key, value) in raw)
        {
            typed[key] = value switch
            {
                T already => already,
                JsonElement element => element.Deserialize<T>(StorageJson.Options)!,
                _ => JsonSerializer.SerializeToElement(value, StorageJson.Options).Deserialize<T>(StorageJson.Options)!,
            };
        }

        return typed;
    }

    /// <summary>Reads one key; null when it is absent or expired.</summary>
    public static async Task<T?> ReadAsync<T>(this IStorage storage, string key, CancellationToken cancellationToken = default)
    {
        var values = await storage.ReadAsync<T>([key], cancellationToken).ConfigureAwait(false);
        return values.TryGetValue(key, out var value) ? value : default;
    }

    /// <summary>Writes one key with the same concurrency rules as a batch.</summary>
    public static Task WriteAsync(this IStorage storage, string key, object value, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(storage);
        return storage.WriteAsync(new Dictionary<string, object>(1, StringComparer.Ordinal) { [key] = value }, cancellationToken);
    }
}
