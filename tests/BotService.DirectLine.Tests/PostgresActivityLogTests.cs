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
        await using var source = PostgresActivityLog.CreateDataSource(await postgres.DatabaseForAsync<PostgresActivityLogTests>());
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
        await using var source = PostgresActivityLog.CreateDataSource(new NpgsqlConnectionStringBuilder(database) { MaxPoolSize = 1 }.ConnectionString);
        var log = new PostgresActivityLog(source, TimeProvider.System);
        var id = Guid.NewGuid().ToString("N");

        await Assert.ThrowsAsync<KeyNotFoundException>(() => log.AppendAsync("missing-" + id, new Activity { Type = ActivityTypes.Message, Text = "lost" }, CancellationToken.None));
        await log.CreateConversationAsync(id, CancellationToken.None);
        var stored = await log.AppendAsync(id, new Activity { Type = ActivityTypes.Message, Text = "kept" }, CancellationToken.None);

        Assert.Equal($"{id}|0000001", stored.Id);
        Assert.Single(await log.ReadAsync(id, 0, 10, CancellationToken.None));
        await using var observer = PostgresActivityLog.CreateDataSource(database);
        await using var open = observer.CreateCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'");
        Assert.Equal(0L, await open.ExecuteScalarAsync());
    }

    [Fact]
    public async Task AReleasedTurnHoldLeavesNoLockOnTheConnectionItGivesBackToThePool()
    {
        var database = await postgres.DatabaseForAsync<PostgresActivityLogTests>();
        var test = "hold-" + Guid.NewGuid().ToString("N")[..12];
        await using var source = PostgresActivityLog.CreateDataSource(ForTest(database, test, maxPoolSize: 1));
        var log = new PostgresActivityLog(source, TimeProvider.System);
        var id = Guid.NewGuid().ToString("N");

        await (await log.HoldTurnAsync(id, CancellationToken.None)).DisposeAsync();

        // The pool's one connection is idle now, and not reset when it went back: only the explicit unlock freed it.
        await using var other = PostgresActivityLog.CreateDataSource(ForTest(database, test));
        Assert.Equal(0, await AdvisoryLocksHeldAsync(other, test));
        using var prompt = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await (await new PostgresActivityLog(other, TimeProvider.System).HoldTurnAsync(id, prompt.Token)).DisposeAsync();
    }

    [Fact]
    public async Task AWaitForATurnHoldThatIsCancelledLeavesNoLockOnItsConnection()
    {
        var database = await postgres.DatabaseForAsync<PostgresActivityLogTests>();
        var test = "hold-" + Guid.NewGuid().ToString("N")[..12];
        await using var source = PostgresActivityLog.CreateDataSource(ForTest(database, test, maxPoolSize: 1));
        await using var other = PostgresActivityLog.CreateDataSource(ForTest(database, test));
        var id = Guid.NewGuid().ToString("N");
        var held = await new PostgresActivityLog(other, TimeProvider.System).HoldTurnAsync(id, CancellationToken.None);

        // The log checks its schema first, so that the wait cancelled below is the wait for the held turn and nothing else.
        var log = new PostgresActivityLog(source, TimeProvider.System);
        Assert.Null(await log.GetConversationAsync(id, CancellationToken.None));

        // A cancelled wait can end with the lock taken after all (a race); a lock on the pool's one connection stands in for it.
        await using (var standIn = source.CreateCommand("SELECT pg_advisory_lock(1)"))
        {
            await standIn.ExecuteNonQueryAsync();
        }

        // Cancelled once the server shows the wait, not after a fixed 300 ms: on a loaded machine those could run out before
        // the wait began (a cancellation that stops the schema check or the connection's checkout leaves the stand-in lock).
        using (var impatient = new CancellationTokenSource())
        {
            var waiting = log.HoldTurnAsync(id, impatient.Token);
            await WaitUntilAsync(async () => waiting.IsCompleted || await AdvisoryLocksWaitedForAsync(other, test) > 0);
            await impatient.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        }

        Assert.Equal(1, await AdvisoryLocksHeldAsync(other, test));
        await held.DisposeAsync();
        Assert.Equal(0, await AdvisoryLocksHeldAsync(other, test));
    }

    [Fact]
    public async Task AHoldWhoseUnlockFailsHasItsConnectionClosedSoTheLockGoesWithIt()
    {
        var database = await postgres.DatabaseForAsync<PostgresActivityLogTests>();
        var test = "hold-" + Guid.NewGuid().ToString("N")[..12];
        var schema = "failing_" + Guid.NewGuid().ToString("N")[..8];
        await using var other = PostgresActivityLog.CreateDataSource(ForTest(database, test));
        await using (var create = other.CreateCommand($"""
            CREATE SCHEMA {schema};
            CREATE FUNCTION {schema}.pg_advisory_unlock(bigint) RETURNS boolean LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'unlock refused'; END $$;
            """))
        {
            await create.ExecuteNonQueryAsync();
        }

        // The stand-in unlock is found first on this search path: the release fails on a live connection.
        var failing = ForTest(database, test, maxPoolSize: 1, searchPath: $"{schema}, pg_catalog, public");
        await using var source = PostgresActivityLog.CreateDataSource(failing);
        var log = new PostgresActivityLog(source, TimeProvider.System);
        await (await log.HoldTurnAsync(Guid.NewGuid().ToString("N"), CancellationToken.None)).DisposeAsync();

        // The connection was closed, not pooled; its backend ends, and the lock with it, a moment later.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await AdvisoryLocksHeldAsync(other, test) > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.Equal(0, await AdvisoryLocksHeldAsync(other, test));
    }

    [Fact]
    public async Task AnAppendNotifiesListenersWithTheConversationId()
    {
        var connection = await postgres.DatabaseForAsync<PostgresActivityLogTests>();
        await using var source = PostgresActivityLog.CreateDataSource(connection);
        var log = new PostgresActivityLog(source, TimeProvider.System);
        var id = Guid.NewGuid().ToString("N");
        await log.CreateConversationAsync(id, CancellationToken.None);
        // Unpooled, as the host's listener is: the log's pool does not reset connections.
        await using var listener = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connection) { Pooling = false }.ConnectionString);
        await listener.OpenAsync();
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
        await using var source = PostgresActivityLog.CreateDataSource(await postgres.DatabaseForAsync<PostgresActivityLogTests>());
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
        await using var source = PostgresActivityLog.CreateDataSource(await postgres.DatabaseForAsync<PostgresActivityLogTests>());
        var (log, time, id) = await NewConversationAsync(source, firstMessageAfter: TimeSpan.Zero);
        time.Advance(TimeSpan.FromDays(8));

        await log.DeleteExpiredAsync(time.GetUtcNow() - TimeSpan.FromDays(7), CancellationToken.None);

        Assert.Null(await log.GetConversationAsync(id, CancellationToken.None));
        Assert.Empty(await log.ReadAsync(id, 0, 10, CancellationToken.None));
    }

    [Fact]
    public async Task ExpiryWaitsForTheWholeRetentionAfterTheLastActivityThoughTheIndexedMarkMovesHourly()
    {
        await using var source = PostgresActivityLog.CreateDataSource(await postgres.DatabaseForAsync<PostgresActivityLogTests>());
        var (log, time, id) = await NewConversationAsync(source, firstMessageAfter: TimeSpan.FromMinutes(30));

        time.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(20));
        await log.DeleteExpiredAsync(time.GetUtcNow() - TimeSpan.FromDays(7), CancellationToken.None);
        Assert.NotNull(await log.GetConversationAsync(id, CancellationToken.None));

        time.Advance(TimeSpan.FromMinutes(30));
        await log.DeleteExpiredAsync(time.GetUtcNow() - TimeSpan.FromDays(7), CancellationToken.None);
        Assert.Null(await log.GetConversationAsync(id, CancellationToken.None));
    }

    /// <summary>Advisory locks held by this test's sessions (its application name): a previous test's closing backend is not counted.</summary>
    private static async Task<int> AdvisoryLocksHeldAsync(NpgsqlDataSource source, string test)
    {
        await using var count = source.CreateCommand(
            "SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted AND a.application_name = $1");
        count.Parameters.Add(new() { Value = test });
        return Convert.ToInt32(await count.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Advisory locks this test's sessions are waiting for (not granted yet).</summary>
    private static async Task<int> AdvisoryLocksWaitedForAsync(NpgsqlDataSource source, string test)
    {
        await using var count = source.CreateCommand(
            "SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND NOT l.granted AND a.application_name = $1");
        count.Parameters.Add(new() { Value = test });
        return Convert.ToInt32(await count.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition did not hold within 30 s.");
            await Task.Delay(20);
        }
    }

    private static string ForTest(string database, string test, int maxPoolSize = 100, string? searchPath = null) =>
        new NpgsqlConnectionStringBuilder(database) { ApplicationName = test, MaxPoolSize = maxPoolSize, SearchPath = searchPath }.ConnectionString;

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
