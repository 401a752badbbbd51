using System.ComponentModel.DataAnnotations;

namespace BotService.Protocol.Hosting.RateLimiting;

/// <summary>
/// Limits on <c>/api/messages</c>, bound from the <c>RateLimits</c> section and validated at start. Token buckets:
/// a client or conversation may send <c>Burst</c> requests at once, refilled at <c>PerMinute</c>. Beyond that the
/// answer is 429 with Retry-After. Clients are told apart by remote IP address, so size the per-client limit for the
/// channel service's addresses (Azure Bot Service sends every user's traffic from a few of them).
/// </summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>Off only where a load test on loopback needs it; never in production.</summary>
    public bool Enabled { get; set; } = true;

    [Range(1, 10_000_000)]
    public int PerClientPerMinute { get; set; } = 6000;

    [Range(1, 1_000_000)]
    public int PerClientBurst { get; set; } = 600;

    /// <summary>A person types far slower than this; scripted abuse of one conversation is stopped.</summary>
    [Range(1, 100_000)]
    public int PerConversationPerMinute { get; set; } = 60;

    [Range(1, 10_000)]
    public int PerConversationBurst { get; set; } = 20;
}
