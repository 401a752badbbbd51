using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace BotService.Protocol.Hosting.RateLimiting;

/// <summary>
/// The per-conversation limit. The conversation id is inside the activity, so this runs in the endpoint after the
/// body is parsed and the request authenticated (the per-client limit runs earlier, in ASP.NET Core's rate-limiting
/// middleware, and so counts unauthenticated requests too; this one must not, or an outsider who knows a conversation id
/// could keep that conversation blocked). Idle partitions are dropped by <see cref="PartitionedRateLimiter"/>, so
/// memory follows active conversations only.
/// </summary>
public sealed class ConversationRateLimiter : IDisposable
{
    // Keys longer than this (hostile ids) share partitions by hash rather than storing the whole id.
    private const int MaxKeyLength = 256;
    private readonly PartitionedRateLimiter<string>? _limiter;

    public ConversationRateLimiter(IOptions<RateLimitOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var o = options.Value;
        if (o.Enabled)
        {
            var bucket = PerMinuteTokenBucket.Options(o.PerConversationPerMinute, o.PerConversationBurst);
            _limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => bucket));
        }
    }

    /// <summary>True when the conversation may run another turn now; otherwise how long to wait, if known.</summary>
    public bool TryAcquire(string? channelId, string? conversationId, out TimeSpan? retryAfter)
    {
        retryAfter = null;
        if (_limiter is null || string.IsNullOrEmpty(conversationId))
        {
            return true;
        }

        var key = $"{channelId}/{conversationId}";
        if (key.Length > MaxKeyLength)
        {
            key = "#" + StringComparer.Ordinal.GetHashCode(key).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        using var lease = _limiter.AttemptAcquire(key);
        if (lease.IsAcquired)
        {
            return true;
        }

        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : null;
        return false;
    }

    public void Dispose() => _limiter?.Dispose();
}
