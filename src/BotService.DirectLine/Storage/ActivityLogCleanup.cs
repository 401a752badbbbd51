using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotService.DirectLine.Storage;

/// <summary>Deletes conversations idle for longer than <c>DirectLine:RetentionDays</c>, at start and then hourly.</summary>
internal sealed class ActivityLogCleanup(
    IActivityLog log, IOptions<DirectLineOptions> options, TimeProvider time, ILogger<ActivityLogCleanup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var retention = TimeSpan.FromDays(options.Value.RetentionDays);
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), time);
        do
        {
            try
            {
                var deleted = await log.DeleteExpiredAsync(time.GetUtcNow() - retention, stoppingToken).ConfigureAwait(false);
                if (deleted > 0)
                {
                    DirectLineLog.ConversationsExpired(logger, deleted);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A storage outage must not stop the host; the next tick tries again.
                DirectLineLog.CleanupFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
