using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotService.Protocol.Schema;

/// <summary>
/// The one set of JSON rules for the wire and for stored state: camelCase out, case-insensitive in,
/// nulls omitted, depth limited as the SDK limits it (protocol.md §1.1).
/// </summary>
public static class BotJson
{
    public const int MaxDepth = 128;

    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>
    /// A bag of named values (state, a dialog's instance state) as one JSON object, each value written as its runtime
    /// type: what the serialiser writes for the dictionary, without going through its dictionary converter.
    /// </summary>
    public static void WriteValues(Utf8JsonWriter writer, Dictionary<string, object?> values, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(values);
        writer.WriteStartObject();
        foreach (var (name, value) in values)
        {
            writer.WritePropertyName(name);
            if (value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                JsonSerializer.Serialize(writer, value, value.GetType(), options);
            }
        }

        writer.WriteEndObject();
    }

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,

            // Only JSON escaping, no HTML escaping: mention markup (<at>) and accented text stay readable in
            // transcripts and on the wire, as the SDK writes them. Bodies are always served as JSON, never HTML.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            MaxDepth = MaxDepth,
            PropertyNameCaseInsensitive = true,
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
