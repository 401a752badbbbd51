using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace BotService.Protocol.Schema;

/// <summary>
/// Metadata attached to an activity, <c>{type, ...}</c> (protocol.md §1.5). Every property other than
/// <see cref="Type"/> lives in <see cref="Properties"/>, so mentions, citations and unknown entity types
/// all round-trip unchanged.
/// </summary>
public sealed class Entity
{
    public Entity() { }

    public Entity(string type) => Type = type;

    public string? Type { get; set; }

    /// <summary>Every other property; values read from the wire are <see cref="JsonElement"/>s.</summary>
    [JsonExtensionData]
    public IDictionary<string, object?>? Properties { get; set; }

    /// <summary>
    /// Builds an entity of <paramref name="type"/> from an object's public properties, named and left out (nulls) as
    /// BotJson writes them. The values are the object's own, not copies: pass an object that is not changed afterwards.
    /// </summary>
    public static Entity From(string type, object properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        var values = properties switch
        {
            IDictionary<string, object?> dictionary => new Dictionary<string, object?>(dictionary),
            _ when BotJson.Options.GetTypeInfo(properties.GetType()) is { Kind: JsonTypeInfoKind.Object } info && IsPlain(info)
                && PropertiesOf(info, properties) is { } plain => plain,
            _ => ThroughJson(properties),
        };
        values.Remove("type");
        return new Entity(type) { Properties = values };
    }

    /// <summary>Reads the whole entity, <c>type</c> included, as <typeparamref name="T"/>.</summary>
    public T? GetAs<T>() => JsonSerializer.Deserialize<T>(JsonSerializer.SerializeToUtf8Bytes(this, BotJson.Options), BotJson.Options);

    /// <summary>A type whose properties serialise the same on their own: no converter, extension data, callback or rule of their own.</summary>
    private static bool IsPlain(JsonTypeInfo info) =>
        info.NumberHandling is null && info.OnSerializing is null && info.OnSerialized is null
        && info.Properties.All(p => p.Get is not null && p.CustomConverter is null && !p.IsExtensionData && p.ShouldSerialize is null && p.NumberHandling is null);

    /// <summary>The non-null values, or null when one would be written differently on its own (a subclass where its base was declared).</summary>
    private static Dictionary<string, object?>? PropertiesOf(JsonTypeInfo info, object source)
    {
        var values = new Dictionary<string, object?>(info.Properties.Count);
        foreach (var property in info.Properties)
        {
            if (property.Get!(source) is not { } value)
            {
                continue;
            }

            var declared = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (value.GetType() != declared && declared != typeof(object) && !(declared.IsInterface && value is System.Collections.IEnumerable))
            {
                return null;
            }

            values[property.Name] = value;
        }

        return values;
    }

    private static Dictionary<string, object?> ThroughJson(object properties)
    {
        var values = new Dictionary<string, object?>();
        foreach (var property in JsonSerializer.SerializeToElement(properties, BotJson.Options).EnumerateObject())
        {
            values[property.Name] = property.Value;
        }

        return values;
    }
}
