using System.Net;
using System.Net.Http.Headers;
using BotService.Protocol.Connector;

namespace BotService.Protocol.Tests;

public sealed class RetryPolicyTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly RetryPolicy _policy = new(4, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(30));

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests, true)]
    [InlineData(HttpStatusCode.PreconditionFailed, true)]
    [InlineData(HttpStatusCode.BadGateway, true)]
    [InlineData(HttpStatusCode.GatewayTimeout, true)]
    [InlineData(HttpStatusCode.InternalServerError, false)]
    [InlineData(HttpStatusCode.BadRequest, false)]
    [InlineData(HttpStatusCode.NotFound, false)]
    public void RetriesOnlyThrottlingAndGatewayStatuses(HttpStatusCode status, bool retried) =>
        Assert.Equal(retried, RetryPolicy.IsRetryable(status));

    [Fact]
    public void DoublesTheDelayOnEachRetry()
    {
        Assert.Equal(TimeSpan.FromMilliseconds(500), _policy.DelayFor(0, null, Now, 0));
        Assert.Equal(TimeSpan.FromMilliseconds(1000), _policy.DelayFor(1, null, Now, 0));
        Assert.Equal(TimeSpan.FromMilliseconds(4000), _policy.DelayFor(3, null, Now, 0));
    }

    [Fact]
    public void AddsUpToHalfTheDelayAsJitter() =>
        Assert.Equal(TimeSpan.FromMilliseconds(1500), _policy.DelayFor(1, null, Now, 1));

    [Fact]
    public void UsesARetryAfterDateRelativeToNow() =>
        Assert.Equal(TimeSpan.FromSeconds(20), _policy.DelayFor(0, new RetryConditionHeaderValue(Now.AddSeconds(20)), Now, 0.7));

    [Fact]
    public void CapsEveryDelayAtTheMaximum()
    {
        Assert.Equal(TimeSpan.FromSeconds(30), _policy.DelayFor(12, null, Now, 1));
        Assert.Equal(TimeSpan.FromSeconds(30), _policy.DelayFor(0, new RetryConditionHeaderValue(TimeSpan.FromHours(1)), Now, 0));
    }
}
