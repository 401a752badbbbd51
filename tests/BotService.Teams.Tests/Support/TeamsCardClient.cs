using System.Text.Json;
using System.Text.Json.Nodes;
using BotService.Protocol.Schema;

namespace BotService.Teams.Tests.Support;

/// <summary>
/// What the Teams client sends when someone presses an Action.Submit on a card (TDOCS cards-actions.md,
/// protocol.md §6.4): for <c>msteams.messageBack</c> a message with text = msteams.text and value = msteams.value;
/// for plain data a message with empty text and value = data merged with the inputs, keyed by input id.
/// </summary>
internal static class TeamsCardClient
{
    public static JsonObject CardOf(Activity activity) =>
        JsonSerializer.SerializeToNode(activity.Attachments!.Single(a => a.ContentType == AttachmentContentTypes.AdaptiveCard).Content, BotJson.Options)!.AsObject();

    public static Activity Press(Activity inboundTemplate, JsonObject card, string actionTitle, IReadOnlyDictionary<string, string>? inputs = null)
    {
        var action = card["actions"]!.AsArray().Single(a => (string?)a!["title"] == actionTitle)!;
        var data = action["data"]!.AsObject();
        var press = inboundTemplate.Clone();
        if (data["msteams"] is JsonObject msteams && (string?)msteams["type"] == "messageBack")
        {
            press.Text = (string?)msteams["text"];
            press.Value = JsonSerializer.SerializeToElement(msteams["value"]);
            return press;
        }

        var merged = JsonNode.Parse(data.ToJsonString())!.AsObject();
        foreach (var (id, value) in inputs ?? new Dictionary<string, string>())
        {
            merged[id] = value;
        }

        press.Text = string.Empty;
        press.Value = JsonSerializer.SerializeToElement(merged);
        return press;
    }
}
