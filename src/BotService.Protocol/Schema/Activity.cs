using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotService.Protocol.Schema;

/// <summary>
/// A Bot Framework activity: one flat JSON object whose <see cref="Type"/> says what kind it is (protocol.md §1).
/// Mutable like the SDK's Activity because the pipeline stamps addresses onto outgoing activities.
/// Raw payloads (<see cref="ChannelData"/>, <see cref="Value"/>) and unknown fields round-trip unchanged.
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    [JsonConverter(typeof(UtcTimestampConverter))]
    public DateTimeOffset? Timestamp { get; set; }
    public DateTimeOffset? LocalTimestamp { get; set; }
    public string? LocalTimezone { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ChannelId { get; set; }
    public ChannelAccount? From { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public string? TextFormat { get; set; }
    public string? AttachmentLayout { get; set; }
    public IList<ChannelAccount>? MembersAdded { get; set; }
    public IList<ChannelAccount>? MembersRemoved { get; set; }
    public IList<MessageReaction>? ReactionsAdded { get; set; }
    public IList<MessageReaction>? ReactionsRemoved { get; set; }
    public string? TopicName { get; set; }
    public bool? HistoryDisclosed { get; set; }
    public string? Locale { get; set; }
    public string? Text { get; set; }
    public string? Speak { get; set; }
    public string? InputHint { get; set; }
    public string? Summary { get; set; }
    public SuggestedActions? SuggestedActions { get; set; }
    public IList<Attachment>? Attachments { get; set; }
    public IList<Entity>? Entities { get; set; }
    /// <summary>Channel-specific payload; arrives as a <see cref="JsonElement"/>, may be set to any serialisable object.</summary>
    public object? ChannelData { get; set; }
    public string? Action { get; set; }
    public string? ReplyToId { get; set; }
    public string? Label { get; set; }
    public string? ValueType { get; set; }
    /// <summary>Programmatic payload; arrives as a <see cref="JsonElement"/>, may be set to any serialisable object.</summary>
    public object? Value { get; set; }
    public string? Name { get; set; }
    public ConversationReference? RelatesTo { get; set; }
    public string? Code { get; set; }
    [JsonConverter(typeof(UtcTimestampConverter))]
    public DateTimeOffset? Expiration { get; set; }
    public string? Importance { get; set; }
    public string? DeliveryMode { get; set; }
    public IList<string>? ListenFor { get; set; }
    public IList<TextHighlight>? TextHighlights { get; set; }
    public SemanticAction? SemanticAction { get; set; }
    public string? CallerId { get; set; }

    /// <summary>Fields this schema does not name, kept so that they round-trip (SPEC-ACT A2005).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>A shallow copy: lists and payload objects are shared with the original.</summary>
    public Activity Clone() => (Activity)MemberwiseClone();
}
