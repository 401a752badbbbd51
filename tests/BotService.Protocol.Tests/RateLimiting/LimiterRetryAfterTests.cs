using System.Net;
using System.Threading.RateLimiting;
using BotService.Protocol.Hosting.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BotService.Protocol.Tests.RateLimiting;

/// <summary>
/// The real per-conversation and per-client limiters of /api/messages, configured per minute: once the burst is
/// spent, the limiter's own Retry-After is one refill period, so it shows the rate they actually run at.
/// </summary>
public sealed class LimiterRetryAfterTests
{
    [Theory]
    [InlineData(90)]
    [InlineData(30)]
    [InlineData(60)]
    public void AConversationIsToldToWaitOneRequestsShareOfAMinute(int perMinute)
    {
        using var limiter = new ConversationRateLimiter(Options.Create(new RateLimitOptions { PerConversationPerMinute = perMinute, PerConversationBurst = 1 }));

        TimeSpan? retryAfter = null;
        for (var attempt = 0; attempt < 100 && retryAfter is null; attempt++)
        {
            _ = limiter.TryAcquire("test", "conversation", out retryAfter);
        }

        Assert.Equal(OneShare(perMinute), retryAfter);
    }

    [Theory]
    [InlineData(90)]
    [InlineData(30)]
    public void AClientIsToldToWaitOneRequestsShareOfAMinute(int perMinute)
    {
        using var services = new ServiceCollection()
            .AddBotRateLimits(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["RateLimits:PerClientPerMinute"] = perMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["RateLimits:PerClientBurst"] = "1",
            }).Build())
            .BuildServiceProvider();
        var httpContext = new DefaultHttpContext { RequestServices = services };
        httpContext.Connection.RemoteIpAddress = IPAddress.Loopback;

        var partition = RateLimitingExtensions.PerClientPartition(httpContext);
        using var limiter = partition.Factory(partition.PartitionKey);
        TimeSpan? retryAfter = null;
        for (var attempt = 0; attempt < 100 && retryAfter is null; attempt++)
        {
            using var lease = limiter.AttemptAcquire();
            retryAfter = !lease.IsAcquired && lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : null;
        }

        Assert.Equal("127.0.0.1", partition.PartitionKey);
        Assert.Equal(OneShare(perMinute), retryAfter);
    }

    [Fact]
    public void RetryAfterIsWholeSecondsAndAtLeastOne()
    {
        Assert.Equal("1", RateLimitingExtensions.RetryAfterSeconds(OneShare(90)));
        Assert.Equal("2", RateLimitingExtensions.RetryAfterSeconds(OneShare(30)));
        Assert.Equal("1", RateLimitingExtensions.RetryAfterSeconds(null));
    }

    private static TimeSpan OneShare(int perMinute) => TimeSpan.FromTicks(TimeSpan.TicksPerMinute / perMinute);
}
