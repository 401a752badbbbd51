using System.Text.Json;
using System.Text.Json.Serialization;
using BotService.Storage;

namespace BotService.Protocol.State;

/// <summary>
/// What a <see cref="BotState"/> stores under its key: <c>{"state": {property: value, ...}, "eTag": "...", "savedAt": ms}</c>.
/// The state is serialised once with <see cref="Schema.BotJson.Options"/> and carried as raw JSON, so storage
/// (which has its own JSON options) writes it byte for byte.
/// </summary>
internal sealed class BotStateDocument : IStoreItem
{
    [JsonConverter(typeof(RawJsonConverter))]
    public ReadOnlyMemory<byte> State { get; set; }

    public string? ETag { get; set; }

    /// <summary>
    /// When it was saved, in Unix milliseconds: how old the stored copy is, for <see cref="StateRenewal"/>. Documents
    /// stored before it was recorded have none, and are renewed the first time they are read.
    /// </summary>
    public long SavedAt { get; set; }

    private sealed class RawJsonConverter : JsonConverter<ReadOnlyMemory<byte>>
    {
        public override ReadOnlyMemory<byte> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var document = JsonDocument.ParseValue(ref reader);
            return JsonSerializer.SerializeToUtf8Bytes(document.RootElement);
        }

        public override void Write(Utf8JsonWriter writer, ReadOnlyMemory<byte> value, JsonSerializerOptions options) =>
            writer.WriteRawValue(value.Span, skipInputValidation: true);
    }
}
