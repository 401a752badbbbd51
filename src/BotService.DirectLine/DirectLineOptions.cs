using System.ComponentModel.DataAnnotations;

namespace BotService.DirectLine;

/// <summary>Settings of the self-hosted Direct Line endpoint, bound from the <c>DirectLine</c> section.</summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    /// <summary>
    /// The Direct Line secret: a master key for <c>tokens/generate</c> and server-to-server calls. Empty disables
    /// secret authentication (the page never needs it: it gets tokens from <c>/api/webchat/token</c>).
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>
    /// Base64 key (at least 32 bytes) that signs conversation tokens (HMAC-SHA256). Empty: a random key per process,
    /// fine for one instance only; several instances must share a configured key.
    /// </summary>
    public string? TokenSigningKey { get; set; }

    [Range(60, 86_400)]
    public int TokenLifetimeSeconds { get; set; } = 1800;

    /// <summary>Origins of other sites allowed to embed the widget (CORS); the host's own origin needs no entry.</summary>
    public IList<string> AllowedOrigins { get; } = [];

    /// <summary>Largest accepted activity body in bytes; larger posts get 413.</summary>
    [Range(1024, 4 * 1024 * 1024)]
    public int MaxActivityBytes { get; set; } = 64 * 1024;

    /// <summary>Activities one conversation may post per minute (token bucket refill); more get 429.</summary>
    [Range(1, 100_000)]
    public int PostsPerMinute { get; set; } = 60;

    /// <summary>How many posts one conversation may make in a burst before the per-minute rate applies.</summary>
    [Range(1, 10_000)]
    public int PostBurst { get; set; } = 20;

    /// <summary>Reads (polls, reconnects, refreshes) one conversation may make per minute; Web Chat polls once a second.</summary>
    [Range(1, 100_000)]
    public int ReadsPerMinute { get; set; } = 600;

    /// <summary>Tokens one client address may get from <c>/api/webchat/token</c> per minute.</summary>
    [Range(1, 100_000)]
    public int PageTokensPerMinute { get; set; } = 30;

    /// <summary>Conversations and their activities are deleted this long after their last activity.</summary>
    [Range(1, 3650)]
    public int RetentionDays { get; set; } = 7;

    /// <summary>Seconds between empty keep-alive frames on an idle WebSocket stream.</summary>
    [Range(1, 300)]
    public int KeepAliveSeconds { get; set; } = 15;

    /// <summary>SQLite file for the activity log, relative to the content root.</summary>
    [Required]
    public string SqlitePath { get; set; } = "data/directline.db";

    /// <summary>The bot's account in Direct Line conversations.</summary>
    [Required]
    public string BotId { get; set; } = "botservice";

    /// <summary>Storage provider, copied from <c>Storage:Provider</c>: Sqlite (default), Postgres or Memory.</summary>
    public string StorageProvider { get; set; } = "Sqlite";

    /// <summary>Copied from <c>ConnectionStrings:Postgres</c>.</summary>
    public string? PostgresConnectionString { get; set; }

    /// <summary>What the page at <c>/</c> shows.</summary>
    public WebChatPageOptions Page { get; set; } = new();
}

/// <summary>Branding of the chat page; values are injected into the page on the server.</summary>
public sealed class WebChatPageOptions
{
    [Required]
    public string BotName { get; set; } = "Twitch Helper";

    /// <summary>
    /// Shown in the banner: "emergencies: call {EmergencyNumber}". Empty: the number of the triage's default region
    /// (<c>Triage:Regions:{Triage:DefaultRegion}:EmergencyNumber</c>), so the page and the bot say the same.
    /// </summary>
    [Required]
    public string EmergencyNumber { get; set; } = "911";

    public string AvatarUrl { get; set; } = "/img/bot-avatar.svg";

    /// <summary>Web Chat language; also sent with the conversation start.</summary>
    public string Locale { get; set; } = "en-US";
}
