using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using BotService.Protocol.Schema;

namespace BotService.Teams;

/// <summary>
/// Removes the bot's @mention from message text so the rest can be understood (protocol.md §6.3). Like the SDK's
/// RemoveRecipientMention it removes the mention entity's <c>text</c> (or <c>&lt;at&gt;name&lt;/at&gt;</c>),
/// case-insensitively, then trims; unlike it, only an entity text that is a tag. It also removes HTML-escaped forms,
/// because Teams escapes the name inside the tag (<c>&lt;at&gt;R&amp;amp;D Bot&lt;/at&gt;</c>) and some clients
/// escape the tag itself.
/// </summary>
public static partial class TeamsMentions
{
    public static string? MentionedId(Entity mention) => ReadMentioned(mention, "id");

    /// <summary>The text without the recipient's mentions; null when the activity has no text.</summary>
    public static string? RemoveRecipientMention(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text;
        var botId = activity.Recipient?.Id;
        if (text is null || string.IsNullOrEmpty(botId))
        {
            return text;
        }

        var removedAny = false;
        foreach (var mention in activity.EntitiesOfType("mention"))
        {
            if (!string.Equals(MentionedId(mention), botId, StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var form in MentionForms(mention).Take(text.Contains('&', StringComparison.Ordinal) ? int.MaxValue : 2))
            {
                if (text.Contains(form, StringComparison.OrdinalIgnoreCase))
                {
                    text = text.Replace(form, " ", StringComparison.OrdinalIgnoreCase);
                    removedAny = true;
                }
            }
        }

        return removedAny ? RepeatedSpaces().Replace(text, " ").Trim() : text.Trim();
    }

    private static bool IsTagged(string entityText)
    {
        var text = entityText.Trim();
        return (text.StartsWith("<at", StringComparison.OrdinalIgnoreCase) && text.EndsWith("</at>", StringComparison.OrdinalIgnoreCase))
            || (text.StartsWith("&lt;at", StringComparison.OrdinalIgnoreCase) && text.EndsWith("&lt;/at&gt;", StringComparison.OrdinalIgnoreCase));
    }

    private static IEnumerable<string> MentionForms(Entity mention)
    {
        var forms = new List<string>(2);
        // Only a tagged entity text: Teams always sends the tag, and removing a bare word wherever it stands (which
        // the SDK would) could remove a symptom from the message.
        if (ReadString(mention, "text") is { Length: > 0 } entityText && IsTagged(entityText))
        {
            forms.Add(entityText);
        }

        if (ReadMentioned(mention, "name") is { Length: > 0 } name)
        {
            forms.Add($"<at>{name}</at>");
        }

        foreach (var form in forms)
        {
            yield return form;
        }

        // Escaped variants (the name, or the whole tag), longest first so none is left half-removed.
        var escaped = forms.Select(f => WebUtility.HtmlEncode(f) ?? f)
            .Concat(forms.Select(f => WebUtility.HtmlDecode(f) ?? f))
            .Concat(forms.Select(f => f.Replace(InnerName(f), WebUtility.HtmlEncode(InnerName(f)), StringComparison.Ordinal)))
            .Where(f => !forms.Contains(f, StringComparer.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(f => f.Length);
        foreach (var form in escaped)
        {
            yield return form;
        }
    }

    private static string InnerName(string form) =>
        form.StartsWith("<at>", StringComparison.OrdinalIgnoreCase) && form.EndsWith("</at>", StringComparison.OrdinalIgnoreCase) && form.Length > 9
            ? form[4..^5]
            : form;

    private static string? ReadMentioned(Entity mention, string property) =>
        Read(mention, "mentioned") is { ValueKind: JsonValueKind.Object } mentioned &&
        TeamsActivityExtensions.TryGetPropertyIgnoreCase(mentioned, property, out var value) &&
        value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static string? ReadString(Entity entity, string property) =>
        Read(entity, property) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    private static JsonElement? Read(Entity entity, string property)
    {
        var match = entity.Properties?.FirstOrDefault(p => string.Equals(p.Key, property, StringComparison.OrdinalIgnoreCase));
        return match?.Value switch
        {
            null => null,
            JsonElement element => element,
            var other => JsonSerializer.SerializeToElement(other, BotJson.Options),
        };
    }

    [GeneratedRegex("[ \u00A0]{2,}")]
    private static partial Regex RepeatedSpaces();
}
