using BotService.DirectLine.Storage;
using BotService.Protocol.Schema;
using BotService.Testing;
using Microsoft.Data.Sqlite;

namespace BotService.DirectLine.Tests;

/// <summary>A log file written in the old WITHOUT ROWID layout is moved to the rowid layout when opened, losing nothing.</summary>
public sealed class SqliteLogLayoutTests
{
    private const string OldLayout = """
        PRAGMA journal_mode=WAL;
        CREATE TABLE directline_conversations(
            id TEXT PRIMARY KEY, started INTEGER NOT NULL DEFAULT 0, last_seq INTEGER NOT NULL DEFAULT 0,
            last_micros INTEGER NOT NULL DEFAULT 0, created INTEGER NOT NULL, updated INTEGER NOT NULL);
        CREATE TABLE directline_activities(
            conversation_id TEXT NOT NULL, seq INTEGER NOT NULL, type TEXT NOT NULL, json TEXT NOT NULL,
            created INTEGER NOT NULL, PRIMARY KEY(conversation_id, seq)) WITHOUT ROWID;
        CREATE INDEX directline_conversations_updated ON directline_conversations(updated);
        INSERT INTO directline_conversations VALUES ('c', 1, 2, 1000002, 1000000, 1000002);
        INSERT INTO directline_activities VALUES ('c', 1, 'message', '{"type":"message","id":"c|0000001","text":"first"}', 1000001);
        INSERT INTO directline_activities VALUES ('c', 2, 'message', '{"type":"message","id":"c|0000002","text":"second"}', 1000002);
        """;

    [Fact]
    public async Task AnOldLayoutFileKeepsItsActivitiesAndItsCountAfterTheMove()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("directline-layout-").FullName, "log.db");
        using (var old = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            old.Open();
            using var create = old.CreateCommand();
            create.CommandText = OldLayout;
            create.ExecuteNonQuery();
        }

        using var log = new SqliteActivityLog(path, new ManualTimeProvider(new DateTimeOffset(2026, 12, 6, 8, 0, 0, TimeSpan.Zero)));
        var before = await log.ReadAsync("c", 0, 10, CancellationToken.None);
        var third = await log.AppendAsync("c", new Activity { Type = ActivityTypes.Message, Text = "third" }, CancellationToken.None);
        var after = await log.ReadAsync("c", 1, 10, CancellationToken.None);

        Assert.Equal([1L, 2L], before.Select(a => a.Seq));
        Assert.Contains("\"first\"", before[0].Json, StringComparison.Ordinal);
        Assert.Equal("c|0000003", third.Id);
        Assert.Equal([2L, 3L], after.Select(a => a.Seq));
        Assert.DoesNotContain("WITHOUT ROWID", TableSql(path), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(["directline_activities", "directline_conversations"], TableNames(path));
    }

    [Fact]
    public async Task ANewFileGetsTheRowidLayoutAndOpeningItAgainChangesNothing()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("directline-layout-").FullName, "log.db");
        var time = new ManualTimeProvider(new DateTimeOffset(2026, 12, 6, 8, 0, 0, TimeSpan.Zero));
        using (var first = new SqliteActivityLog(path, time))
        {
            await first.CreateConversationAsync("c", CancellationToken.None);
            await first.AppendAsync("c", new Activity { Type = ActivityTypes.Message, Text = "kept" }, CancellationToken.None);
        }

        using var second = new SqliteActivityLog(path, time);
        var read = await second.ReadAsync("c", 0, 10, CancellationToken.None);

        Assert.Single(read);
        Assert.Contains("UNIQUE(conversation_id, seq)", TableSql(path), StringComparison.Ordinal);
    }

    private static List<string> TableNames(string path) =>
        Strings(path, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");

    private static string TableSql(string path) =>
        Strings(path, "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'directline_activities'").Single();

    /// <summary>The first column of every row <paramref name="sql"/> returns, read on a connection of its own.</summary>
    private static List<string> Strings(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
