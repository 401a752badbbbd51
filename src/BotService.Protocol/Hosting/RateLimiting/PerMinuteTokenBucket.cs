using System.Threading.RateLimiting;

namespace BotService.Protocol.Hosting.RateLimiting;

/// <summary>
/// Token-bucket options for a "so many per minute, so many at once" setting, shared by the /api/messages limits and
/// Direct Line. The refill is exact for any rate: whole tokens per period, with the period computed from them rather
/// than the rate rounded to whole tokens per second (which turned 90 a minute into 60).
/// </summary>
public static class PerMinuteTokenBucket
{
    /// <summary>
    /// The shortest refill period. Partitioned limiters refill every 100 ms anyway, and a standalone limiter would
    /// otherwise run a timer per token at high rates.
    /// </summary>
    public static readonly TimeSpan ShortestPeriod = TimeSpan.FromMilliseconds(100);

    private static readonly long PeriodsPerMinuteAtMost = TimeSpan.TicksPerMinute / ShortestPeriod.Ticks;

    /// <summary>Options that refill <paramref name="perMinute"/> tokens a minute and hold at most <paramref name="burst"/> (or one period's worth).</summary>
    public static TokenBucketRateLimiterOptions Options(int perMinute, int burst)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(perMinute, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(burst, 1);

        // The fewest whole tokens per period that keep the period at least ShortestPeriod; the period then follows
        // from the rate. Rounding the period down to a tick errs by under a millionth, towards letting more through.
        var tokensPerPeriod = (int)((perMinute + PeriodsPerMinuteAtMost - 1) / PeriodsPerMinuteAtMost);
        var period = TimeSpan.FromTicks(TimeSpan.TicksPerMinute * tokensPerPeriod / perMinute);
        return new TokenBucketRateLimiterOptions
        {
            // A bucket smaller than one refill would throw tokens away and fall short of the rate.
            TokenLimit = Math.Max(burst, tokensPerPeriod),
            TokensPerPeriod = tokensPerPeriod,
            ReplenishmentPeriod = period,
            QueueLimit = 0,
            AutoReplenishment = true,
        };
    }
}
