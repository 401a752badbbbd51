using Microsoft.Extensions.Options;

namespace BotService.DirectLine.Tests;

/// <summary>
/// Direct Line's per-minute limits use the shared bucket maths: once the burst is spent, the wait the limiter
/// names is one request's share of a minute, whatever the rate.
/// </summary>
public sealed class RateLimitMathsTests
{
    [Theory]
    [InlineData(90)]
    [InlineData(30)]
    [InlineData(1000)]
    public void APostingConversationIsToldToWaitOneRequestsShareOfAMinute(int perMinute)
    {
        using var limits = new DirectLineRateLimits(Options.Create(new DirectLineOptions { PostsPerMinute = perMinute, PostBurst = 1 }));

        TimeSpan? retryAfter = null;
        for (var attempt = 0; attempt < 100 && retryAfter is null; attempt++)
        {
            retryAfter = limits.TryPost("conversation");
        }

        // Above 600 a minute a refill carries several tokens, so the wait is one refill: still no more than 100 ms.
        var share = TimeSpan.FromTicks(TimeSpan.TicksPerMinute / perMinute);
        var tokensPerRefill = (perMinute + 599) / 600;
        Assert.Equal(TimeSpan.FromTicks(TimeSpan.TicksPerMinute * tokensPerRefill / perMinute), retryAfter);
        Assert.True(retryAfter >= share);
    }
}
