using System.Net.WebSockets;
using BotService.Testing;
using BotService.Testing.DirectLine;
using BotService.Testing.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BotService.DirectLine.Tests;

/// <summary>
/// PostgreSQL stopped while a WebSocket stream is open: the upgrade has been answered, so the stream closes itself
/// with 1013 (try again later) and one warning, instead of dropping the connection and logging an error.
/// </summary>
public sealed class StreamStorageOutageTests
{
    [Fact]
    public async Task AnOpenStreamWhoseLogStopsAnsweringIsClosedWithTryAgainLaterAndOneWarning()
    {
        // A server of its own: the test stops it.
        await using var postgres = await PostgresServer.StartAsync();
        var database = await postgres.CreateDatabaseAsync("stream_outage");
        var logs = new CapturingLoggerProvider();
        await using var server = await DirectLineTestServer.StartAsync(
            new Dictionary<string, string?>
            {
                ["Storage:Provider"] = "Postgres",
                ["ConnectionStrings:Postgres"] = database,
                // The stream reads the log again at every keep-alive.
                ["DirectLine:KeepAliveSeconds"] = "1",
            },
            configureServices: services => services.AddSingleton<ILoggerProvider>(logs));
        using var client = server.CreateClient();
        await client.StartAsync();
        await using var stream = await DirectLineStream.ConnectAsync(client.StreamUrl!);
        await stream.ReceiveUntilAsync(activities => activities.Count >= 1);

        await postgres.StopAsync();
        while (await stream.ReceiveFrameAsync(TimeSpan.FromSeconds(30)) is not null)
        {
            // Keep-alives sent before the next read of the log.
        }

        Assert.Equal((WebSocketCloseStatus)1013, stream.Socket.CloseStatus);
        Assert.Single(logs.Lines, l => l.StartsWith("Warning StorageUnavailable", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal));
    }
}
