using System.Threading.RateLimiting;
using BotService.Protocol.Hosting.RateLimiting;
using Microsoft.Extensions.Options;

namespace BotService.DirectLine;

/// <summary>
/// Per-conversation token buckets for posts and reads, and per-address buckets for page tokens. In memory, so each
/// instance enforces its own share; a page talks to one instance at a time, which is what the limit protects.
/// </summary>
public sealed class DirectLineRateLimits : IDisposable
{
    private readonly PartitionedRateLimiter<string> _posts;
    private readonly PartitionedRateLimiter<string> _reads;
    private readonly PartitionedRateLimiter<string> _pageTokens;

    public DirectLineRateLimits(IOptions<DirectLineOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var o = options.Value;
        _posts = Create(o.PostsPerMinute, o.PostBurst);
        _reads = Create(o.ReadsPerMinute, Math.Max(10, o.ReadsPerMinute / 6));
        _pageTokens = Create(o.PageTokensPerMinute, Math.Max(1, o.PageTokensPerMinute / 3));
    }

    /// <summary>Null when allowed; otherwise how long to wait.</summary>
    public TimeSpan? TryPost(string conversationId) => Acquire(_posts, conversationId);

    public TimeSpan? TryRead(string conversationId) => Acquire(_reads, conversationId);

    public TimeSpan? TryGetPageToken(string clientAddress) => Acquire(_pageTokens, clientAddress);

    public void Dispose()
    {
        _posts.Dispose();
        _reads.Dispose();
        _pageTokens.Dispose();
    }

    private static TimeSpan? Acquire(PartitionedRateLimiter<string> limiter, string key)
    {
        using var lease = limiter.AttemptAcquire(key);
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
    }

    private static PartitionedRateLimiter<string> Create(int perMinute, int burst)
    {
        var bucket = PerMinuteTokenBucket.Options(perMinute, burst);
        return PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => bucket));
    }
}
