using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotService.Storage;

/// <summary>
/// The JSON rules for stored values: camelCase, nulls omitted, case-insensitive reads. Storage cannot reference
/// the protocol's BotJson, so it carries the same settings itself.
/// </summary>
public static class StorageJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            MaxDepth = 128,
            PropertyNameCaseInsensitive = true,
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>Parses stored JSON into a standalone element (no pooled buffers kept alive).</summary>
    public static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    /// <summary>Parses stored UTF-8 JSON into a standalone element: one copy, no UTF-16 string on the way.</summary>
    public static JsonElement Parse(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json);
        var element = JsonElement.ParseValue(ref reader);
        if (reader.Read())
        {
            throw new JsonException("The stored document has data after its JSON value.");
        }

        return element;
    }
}
