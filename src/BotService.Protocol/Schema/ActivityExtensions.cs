namespace BotService.Protocol.Schema;

/// <summary>Conversation-reference helpers with the SDK's semantics (protocol.md §1.7).</summary>
public static class ActivityExtensions
{
    /// <summary>The reference a reply goes back through: user = from, bot = recipient.</summary>
    public static ConversationReference GetConversationReference(this Activity activity)
    {
        // Direct Line and Web Chat must not get replies whose replyToId points at a conversationUpdate.
        var isJoinOnWebChannel = activity.Type == ActivityTypes.ConversationUpdate &&
            (activity.ChannelId == Channels.DirectLine || activity.ChannelId == Channels.Webchat);
        return new ConversationReference
        {
            ActivityId = isJoinOnWebChannel ? null : activity.Id,
            User = activity.From,
            Bot = activity.Recipient,
            Conversation = activity.Conversation,
            ChannelId = activity.ChannelId,
            Locale = activity.Locale,
            ServiceUrl = activity.ServiceUrl,
        };
    }

    /// <summary>Addresses an outgoing activity from the bot to the user of <paramref name="reference"/>.</summary>
    public static Activity ApplyConversationReference(this Activity activity, ConversationReference reference)
    {
        activity.ChannelId = reference.ChannelId;
        activity.ServiceUrl = reference.ServiceUrl;
        activity.Conversation = reference.Conversation;
        activity.Locale ??= reference.Locale;
        activity.From = reference.Bot;
        activity.Recipient = reference.User;
        if (reference.ActivityId is not null)
        {
            activity.ReplyToId ??= reference.ActivityId;
        }

        return activity;
    }

    public static bool IsType(this Activity activity, string type) => string.Equals(activity.Type, type, StringComparison.Ordinal);

    /// <summary>The entities of one type, matched case-insensitively as the SDK matches mentions.</summary>
    public static IEnumerable<Entity> EntitiesOfType(this Activity activity, string type) =>
        activity.Entities?.Where(e => string.Equals(e.Type, type, StringComparison.OrdinalIgnoreCase)) ?? [];
}
