using System.Net;
using System.Net.Http.Headers;

namespace BotService.Protocol.Connector;

/// <summary>
/// When and how long to wait before retrying a Connector call: 429, 412, 502 and 504 are retried
/// (protocol.md §2.3) with exponential back-off plus random jitter; a 429's Retry-After is honoured.
/// </summary>
public sealed class RetryPolicy(int maxRetries, TimeSpan baseDelay, TimeSpan maxDelay)
{
    public int MaxRetries { get; } = maxRetries;

    public static bool IsRetryable(HttpStatusCode status) => status is HttpStatusCode.TooManyRequests
        or HttpStatusCode.PreconditionFailed or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout;

    /// <summary>The wait before retry number <paramref name="attempt"/> (0 for the first retry).</summary>
    public TimeSpan DelayFor(int attempt, RetryConditionHeaderValue? retryAfter, DateTimeOffset now, double jitterSample)
    {
        var fromHeader = retryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - now,
            _ => (TimeSpan?)null,
        };
        if (fromHeader is { } wait && wait >= TimeSpan.Zero)
        {
            return wait < maxDelay ? wait : maxDelay;
        }

        var exponential = baseDelay * Math.Pow(2, Math.Min(attempt, 16));
        var withJitter = exponential + (exponential * 0.5 * Math.Clamp(jitterSample, 0, 1));
        return withJitter < maxDelay ? withJitter : maxDelay;
    }
}
