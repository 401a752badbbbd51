using System.Globalization;
using System.Text.Json;
using BotService.Protocol;
using BotService.Protocol.Schema;
using BotService.Teams.Cards;

namespace BotService.Teams;

/// <summary>
/// Turns a press on one of the bot's choice cards into text the prompts understand. Teams sends an Action.Submit
/// as a message with empty text and the submit data, merged with the inputs, in <c>value</c> (protocol.md §6.4).
/// A button's <see cref="CardSubmitKeys.Answer"/> becomes the text; a ChoiceSet selection ("0,2") becomes the
/// chosen values joined by ", " ("weakness, numbness"). Text Teams already set (messageBack) is kept; values
/// that are not the bot's own submit data are left alone.
/// </summary>
public sealed class TeamsCardSubmitMiddleware : IMiddleware
{
    public const string Separator = ", ";

    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turnContext.Activity;
        if (activity.IsTeams() && activity.IsType(ActivityTypes.Message) && string.IsNullOrWhiteSpace(activity.Text) &&
            TryGetAnswer(activity.Value, out var answer))
        {
            activity.Text = answer;
        }

        return next(cancellationToken);
    }

    /// <summary>Reads the answer a card submission carries, if it is one of ours.</summary>
    public static bool TryGetAnswer(object? value, out string answer)
    {
        answer = string.Empty;
        var data = AsObject(value);
        if (data is not { } element)
        {
            return false;
        }

        if (Get(element, CardSubmitKeys.Answer) is { ValueKind: JsonValueKind.String } direct)
        {
            answer = direct.GetString() ?? string.Empty;
            return true;
        }

        if (Get(element, CardSubmitKeys.AnswerFrom) is not { ValueKind: JsonValueKind.String } inputId ||
            Get(element, CardSubmitKeys.Options) is not { ValueKind: JsonValueKind.Array } options)
        {
            return false;
        }

        var selected = Get(element, inputId.GetString() ?? string.Empty) is { ValueKind: JsonValueKind.String } s ? s.GetString() ?? string.Empty : string.Empty;
        var optionValues = options.EnumerateArray().Select(o => o.ValueKind == JsonValueKind.String ? o.GetString() ?? string.Empty : o.ToString()).ToList();
        var chosen = selected.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(index => int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < optionValues.Count ? optionValues[i] : null)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal);
        answer = string.Join(Separator, chosen);
        return true;
    }

    // messageBack values may arrive as a JSON string holding the object (the Teams docs example does this).
    private static JsonElement? AsObject(object? value)
    {
        var element = value switch
        {
            null => (JsonElement?)null,
            JsonElement e => e,
            string s => TryParse(s),
            var other => JsonSerializer.SerializeToElement(other, BotJson.Options),
        };
        if (element is { ValueKind: JsonValueKind.String } text)
        {
            element = TryParse(text.GetString() ?? string.Empty);
        }

        return element is { ValueKind: JsonValueKind.Object } ? element : null;
    }

    private static JsonElement? TryParse(string text)
    {
        try
        {
            return JsonDocument.Parse(text).RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonElement? Get(JsonElement element, string name) =>
        TeamsActivityExtensions.TryGetPropertyIgnoreCase(element, name, out var value) ? value : null;
}
