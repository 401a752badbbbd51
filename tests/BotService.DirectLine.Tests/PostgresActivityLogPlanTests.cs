using BotService.DirectLine.Storage;
using BotService.Protocol.Schema;
using BotService.Testing.Postgres;
using Npgsql;

namespace BotService.DirectLine.Tests;

/// <summary>The PostgreSQL log prepares its statements, and their generic plans stay reads by key.</summary>
public sealed class PostgresActivityLogPlanTests(PostgresServerFixture postgres) : IClassFixture<PostgresServerFixture>
{
    [Fact]
    public async Task StatementsRunSeveralTimesOnAConnectionArePreparedThere()
    {
        var database = await postgres.DatabaseForAsync<PostgresActivityLogPlanTests>();
        // One pooled connection, so the check below looks at the session the appends used.
        await using var source = PostgresActivityLog.CreateDataSource(new NpgsqlConnectionStringBuilder(database) { MaxPoolSize = 1 }.ConnectionString);
        var log = new PostgresActivityLog(source, TimeProvider.System);
        var id = Guid.NewGuid().ToString("N");
        await log.CreateConversationAsync(id, CancellationToken.None);

        for (var i = 0; i < 8; i++)
        {
            await log.AppendAsync(id, new Activity { Type = ActivityTypes.Message, Text = $"m{i}" }, CancellationToken.None);
            await log.ReadAsync(id, i, 10, CancellationToken.None);
        }

        await using var prepared = source.CreateCommand("SELECT statement FROM pg_prepared_statements");
        var statements = new List<string>();
        await using (var reader = await prepared.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                statements.Add(reader.GetString(0));
            }
        }

        Assert.Contains(statements, s => s.Contains("INSERT INTO directline_activities", StringComparison.Ordinal));
        Assert.Contains(statements, s => s.Contains(PostgresActivityLog.CounterSql, StringComparison.Ordinal));
        Assert.Contains(statements, s => s.Contains(PostgresActivityLog.ReadSql, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheLogWorksThroughPgBouncerInSessionMode()
    {
        // What the README offers operators who pool: the log's settings must not be startup options, which PgBouncer refuses.
        var database = await postgres.Server.CreateDatabaseAsync($"t_session_{Guid.NewGuid():N}");
        await using var bouncer = await PgBouncerProxy.StartAsync(postgres.Server, new NpgsqlConnectionStringBuilder(database).Database!, serverConnections: 4, poolMode: "session");
        await using var source = PostgresActivityLog.CreateDataSource(bouncer.ConnectionString);
        var log = new PostgresActivityLog(source, TimeProvider.System);
        var id = Guid.NewGuid().ToString("N");
        await log.CreateConversationAsync(id, CancellationToken.None);

        for (var i = 0; i < 8; i++)
        {
            await using (await log.HoldTurnAsync(id, CancellationToken.None))
            {
                await log.AppendAsync(id, new Activity { Type = ActivityTypes.Message, Text = $"m{i}" }, CancellationToken.None);
            }
        }

        Assert.Equal(8, (await log.ReadAsync(id, 0, 100, CancellationToken.None)).Count);
        await using var setting = source.CreateCommand("SHOW enable_seqscan");
        Assert.Equal("off", await setting.ExecuteScalarAsync());
    }

    [Fact]
    public async Task GenericPlansMadeOnAFewHundredConversationsReadByKey()
    {
        // A prepared statement gets a generic plan after its fifth run, kept until the table's statistics change. Made
        // on tables of this size (a few hundred conversations, three activities each: five pages of conversations), a plan
        // by key would scan the conversations' table instead, on every append, unless told not to.
        var database = await postgres.Server.CreateDatabaseAsync($"t_plan_{Guid.NewGuid():N}");
        await using (var source = PostgresActivityLog.CreateDataSource(database))
        {
            var log = new PostgresActivityLog(source, TimeProvider.System);
            for (var c = 0; c < 300; c++)
            {
                var conversation = Guid.NewGuid().ToString("N");
                await log.CreateConversationAsync(conversation, CancellationToken.None);
                for (var a = 0; a < 3; a++)
                {
                    await log.AppendAsync(conversation, new Activity { Type = ActivityTypes.Message, Text = new string('x', 600) }, CancellationToken.None);
                }
            }
        }

        // A connection with the log's own settings.
        await using var logSource = PostgresActivityLog.CreateDataSource(database);
        await using var connection = await logSource.OpenConnectionAsync();
        await using (var analyze = new NpgsqlCommand("ANALYZE directline_conversations; ANALYZE directline_activities; SET plan_cache_mode = force_generic_plan", connection))
        {
            await analyze.ExecuteNonQueryAsync();
        }

        var plans = new Dictionary<string, string>
        {
            ["counter"] = await GenericPlans.ExplainAsync(connection, PostgresActivityLog.CounterSql, "text, bigint", "'c', 1"),
            ["conversation"] = await GenericPlans.ExplainAsync(connection, PostgresActivityLog.ConversationSql, "text", "'c'"),
            ["start"] = await GenericPlans.ExplainAsync(connection, PostgresActivityLog.StartSql, "text", "'c'"),
            ["read"] = await GenericPlans.ExplainAsync(connection, PostgresActivityLog.ReadSql, "text, bigint, int", "'c', 0, 100"),
            ["erase"] = await GenericPlans.ExplainAsync(connection, PostgresActivityLog.EraseSql, "text, bigint", "'c', 5"),
        };

        foreach (var (statement, plan) in plans)
        {
            Assert.True(!plan.Contains("Seq Scan", StringComparison.Ordinal) && plan.Contains("_pkey", StringComparison.Ordinal), $"{statement}:\n{plan}");
        }
    }
}
