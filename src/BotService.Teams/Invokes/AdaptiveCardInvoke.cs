using System.Text.Json;
using BotService.Protocol.Schema;

namespace BotService.Teams.Invokes;

/// <summary>An Action.Execute press: <c>value.action = {type, id, verb, data}</c> (protocol.md §1.9).</summary>
public sealed record AdaptiveCardAction(string? Id, string? Verb, JsonElement? Data);

/// <summary>The body of an <c>adaptiveCard/action</c> answer: <c>{statusCode, type, value}</c>.</summary>
public sealed record AdaptiveCardInvokeResponse(int StatusCode, string Type, object? Value)
{
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string ErrorType = "application/vnd.microsoft.error";

    /// <summary>Teams shows <paramref name="text"/> briefly on the card.</summary>
    public static AdaptiveCardInvokeResponse Message(string text) => new(200, MessageType, text);

    /// <summary>Teams replaces the card with <paramref name="card"/>.</summary>
    public static AdaptiveCardInvokeResponse Card(object card) => new(200, CardType, card);

    public static AdaptiveCardInvokeResponse BadRequest(string message) =>
        new(400, ErrorType, new { code = "BadRequest", message });
}

/// <summary>Reads the <c>adaptiveCard/action</c> value the way the SDK validates it.</summary>
public static class AdaptiveCardInvokeReader
{
    public const string ExecuteActionType = "Action.Execute";

    /// <summary>The action, or the reason the invoke is malformed (answered 400).</summary>
    public static (AdaptiveCardAction? Action, string? Error) Read(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var value = activity.Value switch
        {
            JsonElement e => e,
            null => default,
            var other => JsonSerializer.SerializeToElement(other, BotJson.Options),
        };
        if (value.ValueKind != JsonValueKind.Object)
        {
            return (null, "Missing value property");
        }

        if (!TeamsActivityExtensions.TryGetPropertyIgnoreCase(value, "action", out var action) || action.ValueKind != JsonValueKind.Object)
        {
            return (null, "Missing action property");
        }

        var type = StringOf(action, "type");
        if (!string.Equals(type, ExecuteActionType, StringComparison.Ordinal))
        {
            return (null, $"The action '{type}' is not supported.");
        }

        JsonElement? data = TeamsActivityExtensions.TryGetPropertyIgnoreCase(action, "data", out var d) ? d.Clone() : null;
        return (new AdaptiveCardAction(StringOf(action, "id"), StringOf(action, "verb"), data), null);
    }

    private static string? StringOf(JsonElement element, string name) =>
        TeamsActivityExtensions.TryGetPropertyIgnoreCase(element, name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
