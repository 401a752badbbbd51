using System.Text.Json;
using BotService.Protocol.Schema;

namespace BotService.Teams;

/// <summary>Reads the Teams specifics of an activity: conversation type, ids and mentions of the bot.</summary>
public static class TeamsActivityExtensions
{
    public static bool IsTeams(this Activity activity) =>
        string.Equals(activity.ChannelId, Channels.Msteams, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The conversation type. Teams always sends <c>conversationType</c>; when it is missing, a group
    /// conversation with a team in channelData is a channel, another group conversation a group chat.
    /// </summary>
    public static string GetTeamsConversationType(this Activity activity)
    {
        var declared = activity.Conversation?.ConversationType;
        if (!string.IsNullOrEmpty(declared))
        {
            return declared;
        }

        if (activity.Conversation?.IsGroup != true)
        {
            return TeamsConversationTypes.Personal;
        }

        return ReadChannelDataString(activity, "team", "id") is null ? TeamsConversationTypes.GroupChat : TeamsConversationTypes.Channel;
    }

    public static TeamsConversationInfo GetTeamsConversationInfo(this Activity activity) => new(
        activity.GetTeamsConversationType(),
        activity.Conversation?.TenantId ?? ReadChannelDataString(activity, "tenant", "id"),
        ReadChannelDataString(activity, "team", "id"),
        ReadChannelDataString(activity, "channel", "id"),
        TeamsThreads.GetThreadRootId(activity.Conversation?.Id));

    /// <summary>True when a mention entity names the recipient (the bot), as Teams marks an @mention.</summary>
    public static bool MentionsRecipient(this Activity activity)
    {
        var botId = activity.Recipient?.Id;
        return !string.IsNullOrEmpty(botId) &&
            activity.EntitiesOfType("mention").Any(e => string.Equals(TeamsMentions.MentionedId(e), botId, StringComparison.Ordinal));
    }

    /// <summary>Reads <c>channelData.{objectName}.{propertyName}</c> as a string, or null.</summary>
    public static string? ReadChannelDataString(this Activity activity, string objectName, string propertyName)
    {
        var data = activity.ChannelData switch
        {
            JsonElement element => element,
            null => default,
            var other => JsonSerializer.SerializeToElement(other, BotJson.Options),
        };
        if (data.ValueKind != JsonValueKind.Object ||
            !TryGetPropertyIgnoreCase(data, objectName, out var inner) || inner.ValueKind != JsonValueKind.Object ||
            !TryGetPropertyIgnoreCase(inner, propertyName, out var value) || value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        return value.GetString();
    }

    internal static bool TryGetPropertyIgnoreCase(JsonElement element, string name, out JsonElement value)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }

        value = default;
        return false;
    }
}
