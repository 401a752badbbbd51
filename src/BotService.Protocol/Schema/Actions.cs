using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotService.Protocol.Schema;

/// <summary>Buttons shown under a message until the user answers: <c>{to?, actions}</c>.</summary>
public sealed class SuggestedActions
{
    public SuggestedActions() { }

    public SuggestedActions(IEnumerable<CardAction> actions) => Actions = actions.ToList();

    public IList<string>? To { get; set; }
    public IList<CardAction> Actions { get; set; } = [];

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A button: <c>{type, title, image, imageAltText, text, displayText, value, channelData}</c>.</summary>
public sealed class CardAction
{
    public CardAction() { }

    public CardAction(string type, string title, object? value = null)
    {
        Type = type;
        Title = title;
        Value = value ?? title;
    }

    public string? Type { get; set; }
    public string? Title { get; set; }
    public string? Image { get; set; }
    public string? ImageAltText { get; set; }
    public string? Text { get; set; }
    public string? DisplayText { get; set; }
    public object? Value { get; set; }
    public object? ChannelData { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>An <c>imBack</c> button: pressing it sends <paramref name="title"/> (or value) as the user's text.</summary>
    public static CardAction ImBack(string title, string? value = null) => new(ActionTypes.ImBack, title, value ?? title);
}

public sealed class MessageReaction
{
    public string? Type { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed class TextHighlight
{
    public string? Text { get; set; }
    public int? Occurrence { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed class SemanticAction
{
    public string? Id { get; set; }
    public string? State { get; set; }
    public IDictionary<string, JsonElement>? Entities { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
