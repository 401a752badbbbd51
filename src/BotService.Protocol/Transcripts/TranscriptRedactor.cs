using BotService.Protocol.Schema;

namespace BotService.Protocol.Transcripts;

/// <summary>
/// The redaction rule: a transcript keeps the shape of the conversation and nothing anybody said. Kept: type, ids,
/// timestamps, channel, account ids and roles (no names), conversation id, replyToId, locale, text format, input hint,
/// event/invoke name, attachment content types, entity types, how many suggested actions. Text becomes
/// <c>[redacted: N characters]</c>. Dropped: speak, summary, value, channelData, attachment content, entity
/// properties (triage findings live there), suggested action titles and values, and every unknown field.
/// It is an allow-list, so a field added to the schema later is dropped until someone decides it is safe.
/// </summary>
public static class TranscriptRedactor
{
    public static Activity Redact(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return new Activity
        {
            Type = activity.Type,
            Id = activity.Id,
            Timestamp = activity.Timestamp,
            ChannelId = activity.ChannelId,
            From = Account(activity.From),
            Recipient = Account(activity.Recipient),
            Conversation = activity.Conversation is { } c ? new ConversationAccount { Id = c.Id, IsGroup = c.IsGroup } : null,
            ReplyToId = activity.ReplyToId,
            Locale = activity.Locale,
            TextFormat = activity.TextFormat,
            InputHint = activity.InputHint,
            Name = activity.Name,
            Text = activity.Text is null ? null : $"[redacted: {activity.Text.Length} characters]",
            Attachments = activity.Attachments?.Select(a => new Attachment { ContentType = a.ContentType }).ToList(),
            Entities = activity.Entities?.Select(e => new Entity(e.Type ?? "unknown")).ToList(),
            SuggestedActions = activity.SuggestedActions is { Actions: { } actions }
                ? new SuggestedActions { Actions = [.. actions.Select(_ => new CardAction { Type = "imBack", Title = "[redacted]" })] }
                : null,
            MembersAdded = activity.MembersAdded?.Select(m => Account(m)!).ToList(),
            MembersRemoved = activity.MembersRemoved?.Select(m => Account(m)!).ToList(),
        };
    }

    private static ChannelAccount? Account(ChannelAccount? account) =>
        account is null ? null : new ChannelAccount { Id = account.Id, Role = account.Role };
}
