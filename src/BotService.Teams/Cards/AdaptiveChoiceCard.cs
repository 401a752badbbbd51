using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using BotService.Protocol.Schema;

namespace BotService.Teams.Cards;

/// <summary>
/// Builds the Adaptive Card (schema 1.5, the highest Teams renders, protocol.md §6.4) that stands in for suggested
/// actions on msteams. Up to <see cref="MaxButtons"/> choices become Action.Submit buttons whose
/// <c>msteams.messageBack</c> data makes Teams send the choice as the message text (plus a value marking it as a
/// card press); more choices, or a multi-select question, become an Input.ChoiceSet with one submit button.
/// </summary>
public static class AdaptiveChoiceCard
{
    public const string Version = "1.5";

    /// <summary>Six, the most buttons Teams shows on a card before hiding the rest [inference: TDOCS cards-reference].</summary>
    public const int MaxButtons = 6;

    public const string DefaultSubmitTitle = "Send";

    public static Attachment Create(IReadOnlyList<CardAction> actions, bool multiSelect, string? submitTitle = null)
    {
        ArgumentNullException.ThrowIfNull(actions);
        var choices = actions.Where(a => a.Type != ActionTypes.OpenUrl).ToList();
        var links = actions.Where(a => a.Type == ActionTypes.OpenUrl).Select(OpenUrl);
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
        };

        if (multiSelect || choices.Count > MaxButtons)
        {
            card["body"] = new JsonArray(ChoiceSet(choices, multiSelect));
            card["actions"] = new JsonArray([SubmitSelection(choices, submitTitle), .. links]);
        }
        else
        {
            card["body"] = new JsonArray();
            card["actions"] = new JsonArray([.. choices.Select(Button), .. links]);
        }

        return new Attachment { ContentType = AttachmentContentTypes.AdaptiveCard, Content = card };
    }

    private static JsonNode Button(CardAction action)
    {
        var answer = AnswerText(action);
        return new JsonObject
        {
            ["type"] = "Action.Submit",
            ["title"] = action.Title ?? answer,
            ["data"] = new JsonObject
            {
                ["msteams"] = new JsonObject
                {
                    ["type"] = "messageBack",
                    ["text"] = answer,
                    ["displayText"] = action.DisplayText ?? action.Title ?? answer,
                    ["value"] = new JsonObject { [CardSubmitKeys.Answer] = answer },
                },
            },
        };
    }

    // The choice values are indexes because a multi-select answer arrives as one comma-separated string,
    // which would be ambiguous if a value held a comma; the submit data maps the indexes back.
    private static JsonNode ChoiceSet(IReadOnlyList<CardAction> choices, bool multiSelect) => new JsonObject
    {
        ["type"] = "Input.ChoiceSet",
        ["id"] = CardSubmitKeys.ChoiceSetId,
        ["isMultiSelect"] = multiSelect,
        ["style"] = "expanded",
        ["isRequired"] = true,
        ["errorMessage"] = multiSelect ? "Choose at least one." : "Choose one.",
        ["choices"] = new JsonArray([.. choices.Select((c, i) => (JsonNode)new JsonObject
        {
            ["title"] = c.Title ?? AnswerText(c),
            ["value"] = i.ToString(CultureInfo.InvariantCulture),
        })]),
    };

    private static JsonNode SubmitSelection(IReadOnlyList<CardAction> choices, string? submitTitle) => new JsonObject
    {
        ["type"] = "Action.Submit",
        ["title"] = submitTitle ?? DefaultSubmitTitle,
        ["data"] = new JsonObject
        {
            [CardSubmitKeys.AnswerFrom] = CardSubmitKeys.ChoiceSetId,
            [CardSubmitKeys.Options] = new JsonArray([.. choices.Select(c => (JsonNode?)JsonValue.Create(AnswerText(c)))]),
        },
    };

    private static JsonNode OpenUrl(CardAction action) => new JsonObject
    {
        ["type"] = "Action.OpenUrl",
        ["title"] = action.Title,
        ["url"] = ValueString(action.Value),
    };

    /// <summary>What a press sends as text: messageBack text, else a string value, else the title (imBack rules).</summary>
    internal static string AnswerText(CardAction action) =>
        (action.Type == ActionTypes.MessageBack ? action.Text : null) ?? ValueString(action.Value) ?? action.Title ?? string.Empty;

    private static string? ValueString(object? value) => value switch
    {
        string s => s,
        JsonElement { ValueKind: JsonValueKind.String } e => e.GetString(),
        _ => null,
    };
}
