using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace BotService.DirectLine.Storage;

/// <summary>
/// Holds one LISTEN connection per instance and turns each <c>NOTIFY directline_activity, '{conversationId}'</c>
/// into a local pulse, so a WebSocket stream on this instance sees replies appended by another instance at once.
/// Streams also re-read the log on every keep-alive, so a notification lost during a reconnect only delays delivery.
/// The connection is not pooled: the log's pool does not reset connections, and one still listening would go on
/// receiving every notification there.
/// </summary>
internal sealed partial class PostgresNotificationListener(
    string connectionString, ConversationSignals signals, TimeProvider time, ILogger<PostgresNotificationListener> logger) : BackgroundService
{
    private readonly string _unpooled = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, Multiplexing = false }.ConnectionString;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(_unpooled);
                await connection.OpenAsync(stoppingToken).ConfigureAwait(false);
                connection.Notification += (_, e) => signals.Pulse(e.Payload);
                await using (var listen = new NpgsqlCommand("LISTEN " + PostgresActivityLog.Channel, connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken).ConfigureAwait(false);
                }

                DirectLineLog.Listening(logger);
                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or IOException or TimeoutException or InvalidOperationException)
            {
                DirectLineLog.ListenerFailed(logger, ex);
                await Task.Delay(TimeSpan.FromSeconds(2), time, stoppingToken).ConfigureAwait(false);
            }
        }
    }
}
