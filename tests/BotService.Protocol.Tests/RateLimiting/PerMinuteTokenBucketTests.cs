using System.Threading.RateLimiting;
using BotService.Protocol.Hosting.RateLimiting;

namespace BotService.Protocol.Tests.RateLimiting;

/// <summary>
/// The per-minute to token-bucket maths shared by /api/messages and Direct Line. The limiter's own refill reads the
/// real clock (even TryReplenish), so these drive a minute of refills from the options, period by period.
/// </summary>
public sealed class PerMinuteTokenBucketTests
{
    [Fact]
    public void NinetyAMinuteLetsNinetyRequestsThroughInAMinuteNotSixty()
    {
        var bucket = PerMinuteTokenBucket.Options(90, 1);

        Assert.Equal(90, AdmittedInOneMinuteAfterTheBurst(bucket));
    }

    [Fact]
    public void ThirtyAMinuteLetsOneRequestThroughEveryTwoSeconds()
    {
        var bucket = PerMinuteTokenBucket.Options(30, 1);

        Assert.Equal(30, AdmittedInOneMinuteAfterTheBurst(bucket));
        Assert.Equal(TimeSpan.FromSeconds(2), bucket.ReplenishmentPeriod);
        Assert.Equal(1, bucket.TokensPerPeriod);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(30)]
    [InlineData(59)]
    [InlineData(60)]
    [InlineData(61)]
    [InlineData(90)]
    [InlineData(119)]
    [InlineData(600)]
    [InlineData(601)]
    [InlineData(1000)]
    [InlineData(6000)]
    [InlineData(6001)]
    [InlineData(10_000_000)]
    public void RefillsAtTheConfiguredRateWithoutATimerFasterThanTenASecond(int perMinute)
    {
        var bucket = PerMinuteTokenBucket.Options(perMinute, 1);

        // Partitioned limiters refill continuously at TokensPerPeriod per ReplenishmentPeriod.
        var perMinuteRefilled = (double)bucket.TokensPerPeriod * TimeSpan.TicksPerMinute / bucket.ReplenishmentPeriod.Ticks;
        Assert.InRange(perMinuteRefilled, perMinute, perMinute * 1.000001);
        Assert.True(bucket.ReplenishmentPeriod >= PerMinuteTokenBucket.ShortestPeriod, $"period {bucket.ReplenishmentPeriod}");
        Assert.True(bucket.TokensPerPeriod == 1 || bucket.ReplenishmentPeriod < 2 * PerMinuteTokenBucket.ShortestPeriod, "more tokens per period than needed");

        // A standalone limiter refills whole periods: at most one period's tokens short within a minute.
        Assert.InRange(AdmittedInOneMinuteAfterTheBurst(bucket), perMinute - bucket.TokensPerPeriod, perMinute);
        Assert.Equal(0, bucket.QueueLimit);
    }

    [Fact]
    public void TheDefaultsKeepTheirRatesAndBursts()
    {
        // RateLimits: 60 a minute (burst 20) per conversation, 6000 a minute (burst 600) per client.
        var conversation = PerMinuteTokenBucket.Options(new RateLimitOptions().PerConversationPerMinute, new RateLimitOptions().PerConversationBurst);
        Assert.Equal((1, TimeSpan.FromSeconds(1), 20), (conversation.TokensPerPeriod, conversation.ReplenishmentPeriod, conversation.TokenLimit));
        var client = PerMinuteTokenBucket.Options(new RateLimitOptions().PerClientPerMinute, new RateLimitOptions().PerClientBurst);
        Assert.Equal((10, TimeSpan.FromMilliseconds(100), 600), (client.TokensPerPeriod, client.ReplenishmentPeriod, client.TokenLimit));

        // Direct Line: posts 60, reads 600, page tokens 30 a minute.
        Assert.Equal((1, TimeSpan.FromSeconds(1)), Rate(PerMinuteTokenBucket.Options(60, 5)));
        Assert.Equal((1, TimeSpan.FromMilliseconds(100)), Rate(PerMinuteTokenBucket.Options(600, 100)));
        Assert.Equal((1, TimeSpan.FromSeconds(2)), Rate(PerMinuteTokenBucket.Options(30, 10)));
    }

    [Fact]
    public void TheBucketHoldsAtLeastOneRefill()
    {
        var bucket = PerMinuteTokenBucket.Options(6000, 1);

        Assert.Equal(bucket.TokensPerPeriod, bucket.TokenLimit);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-5, 1)]
    [InlineData(60, 0)]
    public void RefusesARateOrBurstBelowOne(int perMinute, int burst) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PerMinuteTokenBucket.Options(perMinute, burst));

    private static (int, TimeSpan) Rate(TokenBucketRateLimiterOptions bucket) => (bucket.TokensPerPeriod, bucket.ReplenishmentPeriod);

    /// <summary>
    /// A client that has spent its burst and asks again at every refill: how many get through in the next minute.
    /// </summary>
    private static int AdmittedInOneMinuteAfterTheBurst(TokenBucketRateLimiterOptions bucket)
    {
        var tokens = 0;
        var admitted = 0;
        for (var elapsed = bucket.ReplenishmentPeriod.Ticks; elapsed <= TimeSpan.TicksPerMinute; elapsed += bucket.ReplenishmentPeriod.Ticks)
        {
            tokens = Math.Min(bucket.TokenLimit, tokens + bucket.TokensPerPeriod);
            admitted += tokens;
            tokens = 0;
        }

        return admitted;
    }
}
