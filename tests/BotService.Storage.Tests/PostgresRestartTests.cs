using BotService.Storage.Postgres;
using BotService.Testing.Postgres;
using Npgsql;
using Note = BotService.Storage.Tests.StorageConformanceTests.Note;

namespace BotService.Storage.Tests;

/// <summary>After PostgreSQL restarts, the store's pooled connections are all dead: one failure is enough to learn it.</summary>
public sealed class PostgresRestartTests
{
    [Fact]
    public async Task AfterARestartOnlyTheFirstRequestFailsNotOnePerPooledConnection()
    {
        await using var server = await PostgresServer.StartAsync();
        var database = await server.CreateDatabaseAsync($"t_restart_{Guid.NewGuid():N}");
        // Six connections kept in the pool, as a busy host has.
        await using var storage = new PostgresStorage(new NpgsqlConnectionStringBuilder(database) { MinPoolSize = 6, MaxPoolSize = 6 }.ConnectionString);
        await Task.WhenAll(Enumerable.Range(0, 12).Select(i => storage.WriteAsync($"k{i}", new Note { Text = "kept" })));

        await server.StopAsync();
        await server.RestartAsync();
        var failures = 0;
        for (var i = 0; i < 6; i++)
        {
            try
            {
                Assert.Equal("kept", (await storage.ReadAsync<Note>($"k{i}"))!.Text);
            }
            catch (StorageUnavailableException)
            {
                failures++;
            }
        }

        // Npgsql clears the pool once a connection breaks because the server shut down: one request fails, not six.
        Assert.InRange(failures, 0, 1);
    }
}
