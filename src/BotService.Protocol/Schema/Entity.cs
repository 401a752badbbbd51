using System.Text.Json;
using System.Text.Json.Serialization;

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

    /// <summary>Builds an entity of <paramref name="type"/> from an object's public properties.</summary>
    public static Entity From(string type, object properties)
    {
        var element = JsonSerializer.SerializeToElement(properties, BotJson.Options);
        var entity = new Entity(type) { Properties = new Dictionary<string, object?>() };
        foreach (var property in element.EnumerateObject())
        {
            if (property.NameEquals("type"))
            {
                continue;
            }

            entity.Properties[property.Name] = property.Value;
        }

        return entity;
    }

    /// <summary>Reads the whole entity, <c>type</c> included, as <typeparamref name="T"/>.</summary>
    public T? GetAs<T>() => JsonSerializer.Deserialize<T>(JsonSerializer.SerializeToUtf8Bytes(this, BotJson.Options), BotJson.Options);
}
