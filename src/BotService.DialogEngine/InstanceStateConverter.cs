using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using BotService.Protocol.Schema;

namespace BotService.DialogEngine;

/// <summary>
/// Reads a dialog instance's state bag with a component's inner stack (<see cref="ComponentDialog.PersistedDialogState"/>)
/// already typed, so a nested stack is read in the same pass as its parent. Left as <see cref="JsonElement"/>, every
/// level re-parsed the levels below it when its component asked for them: a prompt three components deep had its
/// question parsed five times a turn. Any other value, or a <c>dialogs</c> value with a member a dialog stack does not
/// have, stays a <see cref="JsonElement"/> as before (<see cref="StateValues"/> converts either on request).
/// </summary>
internal sealed class InstanceStateConverter : JsonConverter<Dictionary<string, object?>>
{
    /// <summary>The caller's options refusing unknown members, so only an exact stack is taken for one.</summary>
    private static readonly ConditionalWeakTable<JsonSerializerOptions, JsonSerializerOptions> Strict = [];

    public override Dictionary<string, object?> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A dialog instance's state must be a JSON object.");
        }

        var bag = new Dictionary<string, object?>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            bag[name] = name == ComponentDialog.PersistedDialogState && reader.TokenType == JsonTokenType.StartObject
                ? ReadInnerStack(ref reader, options)
                : JsonSerializer.Deserialize<object?>(ref reader, options);
        }

        return reader.TokenType == JsonTokenType.EndObject ? bag : throw new JsonException("Unexpected token in a dialog instance's state.");
    }

    public override void Write(Utf8JsonWriter writer, Dictionary<string, object?> value, JsonSerializerOptions options) =>
        BotJson.WriteValues(writer, value, options);

    /// <summary>A <see cref="DialogState"/> when the value has no member a stack does not have, else the raw element.</summary>
    private static object? ReadInnerStack(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        var start = reader;
        try
        {
            var strict = options.UnmappedMemberHandling == JsonUnmappedMemberHandling.Disallow
                ? options
                : Strict.GetValue(options, o => new JsonSerializerOptions(o) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow });
            return JsonSerializer.Deserialize<DialogState>(ref reader, strict);
        }
        catch (JsonException)
        {
            reader = start;
            return JsonSerializer.Deserialize<object?>(ref reader, options);
        }
    }
}
