using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotService.Storage;

/// <summary>
/// Opens the configured storage before the host starts serving, so a wrong path or an unreachable database
/// stops start-up with one clear <see cref="StorageUnavailableException"/> message instead of failing a turn.
/// </summary>
internal sealed class StorageStartupCheck(IStorage storage, IOptions<StorageOptions> options, ILogger<StorageStartupCheck> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (storage is IInitializableStorage initializable)
        {
            await initializable.InitializeAsync(cancellationToken).ConfigureAwait(false);
        }

        var location = storage switch
        {
            Sqlite.SqliteStorage sqlite => sqlite.FilePath,
            _ => options.Value.GetProvider().ToString(),
        };
        StorageLog.StorageReady(logger, options.Value.GetProvider(), location, options.Value.ExpiryDays);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Deletes expired items periodically; reads already hide them, this reclaims the space.</summary>
internal sealed class StoragePurgeService(IStorage storage, IOptions<StorageOptions> options, TimeProvider time, ILogger<StoragePurgeService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (storage is not IExpiringStorage expiring)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.Value.PurgeIntervalMinutes), time);
        do
        {
            try
            {
                var count = await expiring.PurgeExpiredAsync(stoppingToken).ConfigureAwait(false);
                if (count > 0)
                {
                    StorageLog.StoragePurged(logger, count);
                }
            }
            catch (StorageUnavailableException ex)
            {
                StorageLog.StoragePurgeFailed(logger, ex.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
