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
}
