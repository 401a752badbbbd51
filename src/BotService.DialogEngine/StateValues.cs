using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using BotService.Protocol.Schema;

namespace BotService.DialogEngine;

/// <summary>
/// Reads values out of persisted dialog state. After a reload they are <see cref="JsonElement"/>s (or Int64s
/// from other deserialisers; a component's inner stack is read as a <see cref="DialogState"/>); these helpers convert them to the type asked for and store the typed object back,
/// so changes made to it are persisted.
/// </summary>
public static class StateValues
{
    public static bool TryConvert<T>(object? value, [MaybeNullWhen(false)] out T converted)
    {
        switch (value)
        {
            case T typed:
                converted = typed;
                return true;
            case null:
                converted = default;
                return false;
            case JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined }:
                converted = default;
                return false;
            case JsonElement element:
                try
                {
                    // Straight from the element's raw UTF-8; JsonElement.Deserialize would re-serialise it first.
                    converted = JsonSerializer.Deserialize<T>(JsonMarshal.GetRawUtf8Value(element), BotJson.Options)!;
                    return converted is not null;
                }
                catch (JsonException)
                {
                    converted = default;
                    return false;
                }

            case IConvertible when typeof(T).IsPrimitive || typeof(T) == typeof(decimal):
                // The SDK's Int64 step index: a deserialiser may hand back long where int was stored.
                converted = (T)Convert.ChangeType(value, typeof(T), CultureInfo.InvariantCulture);
                return true;
            case DialogState:
                // Read typed as an inner stack (InstanceStateConverter) but asked for as something else: go through
                // its JSON, as a JsonElement would have.
                return TryConvert(JsonSerializer.SerializeToElement(value, BotJson.Options), out converted);
            default:
                converted = default;
                return false;
        }
    }

    /// <summary>The value under <paramref name="key"/> as <typeparamref name="T"/>, stored back typed; default when absent.</summary>
    public static T? GetValue<T>(this IDictionary<string, object?> bag, string key)
    {
        ArgumentNullException.ThrowIfNull(bag);
        if (bag.TryGetValue(key, out var raw) && TryConvert<T>(raw, out var value))
        {
            if (!ReferenceEquals(raw, value) && value is not null && !typeof(T).IsValueType)
            {
                bag[key] = value;
            }

            return value;
        }

        return default;
    }

    /// <summary>Like <see cref="GetValue{T}"/>, creating, storing and returning a new value when absent.</summary>
    public static T GetOrAdd<T>(this IDictionary<string, object?> bag, string key, Func<T> create)
    {
        ArgumentNullException.ThrowIfNull(bag);
        ArgumentNullException.ThrowIfNull(create);
        if (bag.TryGetValue(key, out var raw) && TryConvert<T>(raw, out var existing))
        {
            if (!ReferenceEquals(raw, existing) && !typeof(T).IsValueType)
            {
                bag[key] = existing;
            }

            return existing;
        }

        var created = create();
        bag[key] = created;
        return created;
    }
}
