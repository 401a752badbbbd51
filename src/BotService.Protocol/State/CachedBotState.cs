using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Json;
using BotService.Protocol.Schema;

namespace BotService.Protocol.State;

/// <summary>
/// One state document as loaded in this turn. Properties stay raw <see cref="JsonElement"/>s until an accessor
/// asks for them with a type, so a turn pays only for the properties it touches. The JSON as loaded is kept to
/// tell whether anything changed: an unchanged state re-serialises to the same bytes and is not written.
/// </summary>
internal sealed class CachedBotState
{
    private readonly Dictionary<string, object?> _values;

    private CachedBotState(Dictionary<string, object?> values, string? eTag, byte[] loadedJson, long? savedAt)
    {
        _values = values;
        ETag = eTag;
        LoadedJson = loadedJson;
        SavedAt = savedAt;
    }

    /// <summary>The ETag read with the document; null when there was none (the save then creates it).</summary>
    public string? ETag { get; set; }

    public byte[] LoadedJson { get; private set; }

    /// <summary>When the stored copy was saved (Unix milliseconds; 0 when it does not say); null when none is stored.</summary>
    public long? SavedAt { get; private set; }

    /// <summary>Set by a clear: write even if the content equals what was loaded.</summary>
    public bool ForceWrite { get; set; }

    public IReadOnlyDictionary<string, object?> Values => _values;

    public static CachedBotState Empty(string? eTag = null, long? savedAt = null) =>
        new(new Dictionary<string, object?>(StringComparer.Ordinal), eTag, "{}"u8.ToArray(), savedAt);

    /// <summary>Reads the stored <c>{state: {...}, eTag, savedAt}</c> document.</summary>
    public static CachedBotState FromDocument(JsonElement document)
    {
        var eTag = document.TryGetProperty("eTag", out var tag) && tag.ValueKind == JsonValueKind.String ? tag.GetString() : null;
        var savedAt = document.TryGetProperty("savedAt", out var at) && at.ValueKind == JsonValueKind.Number && at.TryGetInt64(out var ms) ? ms : 0;
        if (!document.TryGetProperty("state", out var state) || state.ValueKind != JsonValueKind.Object)
        {
            return Empty(eTag, savedAt);
        }

        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in state.EnumerateObject())
        {
            values[property.Name] = property.Value;
        }

        return new CachedBotState(values, eTag, JsonMarshal.GetRawUtf8Value(state).ToArray(), savedAt);
    }

    public bool TryGet<T>(string name, out T value)
    {
        if (_values.TryGetValue(name, out var stored))
        {
            switch (stored)
            {
                case T typed:
                    value = typed;
                    return true;
                case JsonElement element:
                    // From here on the accessor hands out this object; mutations to it are what gets saved.
                    // Straight from the element's raw UTF-8; JsonElement.Deserialize would re-serialise it first.
                    value = JsonSerializer.Deserialize<T>(JsonMarshal.GetRawUtf8Value(element), BotJson.Options)!;
                    _values[name] = value;
                    return true;
                case null:
                    value = default!;
                    return true;
            }

            value = JsonSerializer.SerializeToElement(stored, stored.GetType(), BotJson.Options).Deserialize<T>(BotJson.Options)!;
            _values[name] = value;
            return true;
        }

        value = default!;
        return false;
    }

    public void Set(string name, object? value) => _values[name] = value;

    public void Remove(string name) => _values.Remove(name);

    /// <summary>The state as JSON (BotJson rules), written property by property into <paramref name="buffer"/>.</summary>
    public void Serialize(ArrayBufferWriter<byte> buffer)
    {
        using var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = BotJson.Options.Encoder, SkipValidation = true });
        BotJson.WriteValues(writer, _values, BotJson.Options);
    }

    public void MarkSaved(string? eTag, byte[] json, long savedAt)
    {
        ETag = eTag;
        LoadedJson = json;
        SavedAt = savedAt;
        ForceWrite = false;
    }
}
