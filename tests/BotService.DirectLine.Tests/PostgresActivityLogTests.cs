using BotService.DirectLine.Storage;
using BotService.Protocol.Schema;
using BotService.Testing;
using BotService.Testing.Postgres;
using Npgsql;

namespace BotService.DirectLine.Tests;

/// <summary>The PostgreSQL log on a real server: ordering across writers with skewed clocks, notifications, expiry.</summary>
public sealed class PostgresActivityLogTests(PostgresServerFixture postgres) : IClassFixture<PostgresServerFixture>
{
    [Fact]
    public async Task TwoWritersWhoseClocksDisagreeStillProduceIncreasingIdsAndTimestamps()
    {
        await using var source = NpgsqlDataSource.Create(await postgres.DatabaseForAsync<PostgresActivityLogTests>());
        var ahead = new ManualTimeProvider(new DateTimeOffset(2026, 11, 21, 8, 5, 0, TimeSpan.Zero));
        var behind = new ManualTimeProvider(new DateTimeOffset(2026, 11, 21, 8, 0, 0, TimeSpan.Zero));
        var a = new PostgresActivityLog(source, ahead);
        var b = new PostgresActivityLog(source, behind);
        var id = Guid.NewGuid().ToString("N");
        await a.CreateConversationAsync(id, CancellationToken.None);

        var stored = new List<Activity>();
        for (var i = 0; i < 6; i++)
        {
            stored.Add(await (i % 2 == 0 ? a : b).AppendAsync(id, new Activity { Type = ActivityTypes.Message, Text = $"m{i}" }, CancellationToken.None));
        }

        Assert.Equal(Enumerable.Range(1, 6).Select(i => $"{id}|{i:D7}"), stored.Select(s => s.Id));
        Assert.Equal(stored.Select(s => s.Timestamp).Order(), stored.Select(s => s.Timestamp));
        Assert.Equal(6, stored.Select(s => s.Timestamp).Distinct().Count());
        var read = await b.ReadAsync(id, 2, 10, CancellationToken.None);
        Assert.Equal(["m2", "m3", "m4", "m5"], read.Select(r => System.Text.Json.JsonDocument.Parse(r.Json).RootElement.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task AnAppendToAMissingConversationLeavesTheConnectionReadyForTheNext()
    {
        var database = await postgres.DatabaseForAsync<PostgresActivityLogTests>();
        await using var source = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(database) { MaxPoolSize = 1 }.ConnectionString);
        var log = new PostgresActivityLog(source, TimeProvider.System);
        var id = Guid.NewGuid().ToString("N");

        await Assert.ThrowsAsync<KeyNotFoundException>(() => log.AppendAsync("missing-" + id, new Activity { Type = ActivityTypes.Message, Text = "lost" }, CancellationToken.None));
        await log.CreateConversationAsync(id, CancellationToken.None);
        var stored = await log.AppendAsync(id, new Activity { Type = ActivityTypes.Message, Text = "kept" }, CancellationToken.None);

        Assert.Equal($"{id}|0000001", stored.Id);
        Assert.Single(await log.ReadAsync(id, 0, 10, CancellationToken.None));
    }

    [Fact]
    public async Task AnAppendNotifiesListenersWithTheConversationId()
    {
        var connection = await postgres.DatabaseForAsync<PostgresActivityLogTests>();
        await using var source = NpgsqlDataSource.Create(connection);
        var log = new PostgresActivityLog(source, TimeProvider.System);
        var id = Guid.NewGuid().ToString("N");
        await log.CreateConversationAsync(id, CancellationToken.None);
        await using var listener = await source.OpenConnectionAsync();
        var heard = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        listener.Notification += (_, e) => heard.TrySetResult(e.Payload);
        await using (var listen = new NpgsqlCommand("LISTEN " + PostgresActivityLog.Channel, listener))
        {
            await listen.ExecuteNonQueryAsync();
        }

        await log.AppendAsync(id, new Activity { Type = ActivityTypes.Message }, CancellationToken.None);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!heard.Task.IsCompleted)
        {
            await listener.WaitAsync(timeout.Token);
        }

        Assert.Equal(id, await heard.Task);
    }

    [Fact]
    public async Task ThePostgresLogErasesThroughTheRequestAndKeepsTheConfirmation()
    {
        await using var source = NpgsqlDataSource.Create(await postgres.DatabaseForAsync<PostgresActivityLogTests>());
        var log = new PostgresActivityLog(source, TimeProvider.System);

        await ActivityLogErasure.ErasesThroughTheRequestAndKeepsTheConfirmationAsync(log, async ids =>
        {
            await using var count = source.CreateCommand("SELECT count(*) FROM directline_activities WHERE conversation_id = ANY($1) AND strpos(json, $2) > 0");
            count.Parameters.Add(new() { Value = ids });
            count.Parameters.Add(new() { Value = ActivityLogErasure.Marker });
            return Convert.ToInt32(await count.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        });
        await ActivityLogErasure.ErasingNothingIsHarmlessAsync(log);
    }

    [Fact]
    public async Task ExpiryDeletesIdleConversationsAndTheirActivities()
    {
        await using var source = NpgsqlDataSource.Create(await postgres.DatabaseForAsync<PostgresActivityLogTests>());
        var (log, time, id) = await NewConversationAsync(source, firstMessageAfter: TimeSpan.Zero);
        time.Advance(TimeSpan.FromDays(8));

        await log.DeleteExpiredAsync(time.GetUtcNow() - TimeSpan.FromDays(7), CancellationToken.None);

        Assert.Null(await log.GetConversationAsync(id, CancellationToken.None));
        Assert.Empty(await log.ReadAsync(id, 0, 10, CancellationToken.None));
    }

    [Fact]
    public async Task ExpiryWaitsForTheWholeRetentionAfterTheLastActivityThoughTheIndexedMarkMovesHourly()
    {
        await using var source = NpgsqlDataSource.Create(await postgres.DatabaseForAsync<PostgresActivityLogTests>());
        var (log, time, id) = await NewConversationAsync(source, firstMessageAfter: TimeSpan.FromMinutes(30));

        time.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(20));
        await log.DeleteExpiredAsync(time.GetUtcNow() - TimeSpan.FromDays(7), CancellationToken.None);
        Assert.NotNull(await log.GetConversationAsync(id, CancellationToken.None));

        time.Advance(TimeSpan.FromMinutes(30));
        await log.DeleteExpiredAsync(time.GetUtcNow() - TimeSpan.FromDays(7), CancellationToken.None);
        Assert.Null(await log.GetConversationAsync(id, CancellationToken.None));
    }

    /// <summary>A conversation created at 2030-01-01 whose one message comes <paramref name="firstMessageAfter"/> later.</summary>
    private static async Task<(PostgresActivityLog Log, ManualTimeProvider Time, string Id)> NewConversationAsync(
        NpgsqlDataSource source, TimeSpan firstMessageAfter)
    {
        var time = new ManualTimeProvider(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var log = new PostgresActivityLog(source, time);
        var id = Guid.NewGuid().ToString("N");
        await log.CreateConversationAsync(id, CancellationToken.None);
        time.Advance(firstMessageAfter);
        await log.AppendAsync(id, new Activity { Type = ActivityTypes.Message }, CancellationToken.None);
        return (log, time, id);
    }
}
