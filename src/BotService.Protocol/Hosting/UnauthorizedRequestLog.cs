using Microsoft.Extensions.Logging;

namespace BotService.Protocol.Hosting;

/// <summary>
/// Logs the requests the messaging endpoint refuses for failed authentication. Anyone can send those, up to the
/// per-client limit (6,000 a minute from one address by default), so each one is logged at Debug only: a flood must not
/// flood the log. An operator still needs to see that requests are being refused (a bot whose MicrosoftAppId does not
/// match its registration refuses every genuine one), so a Warning says so at most once per
/// <see cref="WarningInterval"/>, with how many were refused since the previous one and the latest reason. The count
/// since the last Warning is reported with the first refusal after the interval.
/// </summary>
public sealed partial class UnauthorizedRequestLog(ILogger<UnauthorizedRequestLog> logger, TimeProvider timeProvider)
{
    public static readonly TimeSpan WarningInterval = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private DateTimeOffset _nextWarning = DateTimeOffset.MinValue;
    private int _refusedSinceWarning;

    /// <summary>Records one refused request; <paramref name="reason"/> is the authenticator's fixed sentence.</summary>
    public void Refused(string reason)
    {
        LogRefused(logger, reason);
        int refused;
        lock (_gate)
        {
            _refusedSinceWarning++;
            var now = timeProvider.GetUtcNow();
            if (now < _nextWarning)
            {
                return;
            }

            refused = _refusedSinceWarning;
            _refusedSinceWarning = 0;
            _nextWarning = now + WarningInterval;
        }

        LogRefusedSummary(logger, refused, reason);
    }

    [LoggerMessage(EventId = 1010, EventName = "RequestUnauthorized", Level = LogLevel.Debug,
        Message = "Rejected a request to the messaging endpoint: {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);

    [LoggerMessage(EventId = 1013, EventName = "RequestsUnauthorized", Level = LogLevel.Warning,
        Message = "Rejected {Count} request(s) to the messaging endpoint that failed authentication since the previous such warning (at most one a minute; each is logged at Debug); the latest: {Reason}")]
    private static partial void LogRefusedSummary(ILogger logger, int count, string reason);
}
