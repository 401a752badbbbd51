using System.ComponentModel.DataAnnotations;

namespace BotService.Protocol.Hosting;

/// <summary>Limits and timings of the bot runtime, bound from the <c>Bot</c> section of appsettings.json.</summary>
public sealed class BotOptions
{
    public const string SectionName = "Bot";

    /// <summary>Largest accepted request body on /api/messages; larger requests get 413.</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>How long a turn may run before the first typing indicator (protocol.md §1.6: 500 ms).</summary>
    [Range(0, 60_000)]
    public int TypingDelayMilliseconds { get; set; } = 500;

    /// <summary>How often the typing indicator is repeated while the turn runs (protocol.md §1.6: 2 s).</summary>
    [Range(100, 60_000)]
    public int TypingPeriodMilliseconds { get; set; } = 2000;

    /// <summary>How many times a Connector call is retried after 429, 412, 502 or 504.</summary>
    [Range(0, 10)]
    public int ConnectorMaxRetries { get; set; } = 4;

    /// <summary>First back-off delay; it doubles on each retry, plus jitter.</summary>
    [Range(1, 60_000)]
    public int ConnectorRetryBaseDelayMilliseconds { get; set; } = 500;

    /// <summary>Upper bound of one back-off delay, including a channel's Retry-After.</summary>
    [Range(1, 600_000)]
    public int ConnectorRetryMaxDelayMilliseconds { get; set; } = 30_000;

    /// <summary>
    /// The most one inbound request's sends may spend waiting in total: on Connector calls not yet answered, between
    /// tries (Retry-After, back-off) and on Teams pacing. A retry whose wait no longer fits is not made, and a call
    /// unanswered past what is left (but at least 1 s) is given up: the reply is treated as not delivered, as after the
    /// last retry (state kept, 502), though the channel may have taken it (a resend can then show it twice). Well under the 15 s a channel waits for its HTTP call (protocol.md §1.9), so that a turn
    /// meeting 429s or a slow Connector does not hold its conversation past the time an invoke queued behind it must
    /// be answered in. Emergency and same-day advice (importance high), and every send after it in the same turn, are
    /// retried as the policy allows and wait on their calls as the HTTP client's timeout allows instead. 0: no retry
    /// waits at all, and a call is given up after 1 s.
    /// </summary>
    [Range(0, 15_000)]
    public int ConnectorWaitBudgetMilliseconds { get; set; } = 10_000;

    /// <summary>How often the channels' OpenID metadata and signing keys are refreshed (at most 24 h, protocol.md §3.a).</summary>
    [Range(1, 24)]
    public int SigningKeyRefreshHours { get; set; } = 24;

    /// <summary>
    /// Least time between two extra refreshes caused by tokens naming an unknown key id, so that forged
    /// tokens cannot make the bot hammer the metadata server.
    /// </summary>
    [Range(0, 86_400)]
    public int UnknownKeyRefreshIntervalSeconds { get; set; } = 300;
}
