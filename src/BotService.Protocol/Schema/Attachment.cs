using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotService.Protocol.Schema;

/// <summary>A card or file: <c>{contentType, content | contentUrl, name, thumbnailUrl}</c> (protocol.md §1.4).</summary>
public sealed class Attachment
{
    public string? ContentType { get; set; }
    public string? ContentUrl { get; set; }
    /// <summary>The card JSON; arrives as a <see cref="JsonElement"/>, may be set to any serialisable object.</summary>
    public object? Content { get; set; }
    public string? Name { get; set; }
    public string? ThumbnailUrl { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>Content types of the cards the bot sends.</summary>
public static class AttachmentContentTypes
{
    public const string HeroCard = "application/vnd.microsoft.card.hero";
    public const string ThumbnailCard = "application/vnd.microsoft.card.thumbnail";
    public const string ReceiptCard = "application/vnd.microsoft.card.receipt";
    public const string SigninCard = "application/vnd.microsoft.card.signin";
    public const string OAuthCard = "application/vnd.microsoft.card.oauth";
    public const string AnimationCard = "application/vnd.microsoft.card.animation";
    public const string AudioCard = "application/vnd.microsoft.card.audio";
    public const string VideoCard = "application/vnd.microsoft.card.video";
    public const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";
}
