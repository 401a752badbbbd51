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
