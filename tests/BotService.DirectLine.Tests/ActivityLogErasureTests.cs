using BotService.DirectLine.Storage;
using BotService.Protocol.Schema;
using Microsoft.Data.Sqlite;

namespace BotService.DirectLine.Tests;

/// <summary>"delete my data" in the memory and SQLite logs (PostgreSQL: <see cref="PostgresActivityLogTests"/>).</summary>
public sealed class ActivityLogErasureTests
{
    [Fact]
    public async Task TheMemoryLogErasesThroughTheRequestAndKeepsTheConfirmation()
    {
        var log = new MemoryActivityLog(TimeProvider.System);

        // The memory log keeps nothing besides what it returns, so reading the conversations is the storage check.
        await ActivityLogErasure.ErasesThroughTheRequestAndKeepsTheConfirmationAsync(log, async ids =>
        {
            var count = 0;
            foreach (var id in ids)
            {
                count += (await log.ReadAsync(id, 0, int.MaxValue, CancellationToken.None)).Count(a => a.Json.Contains(ActivityLogErasure.Marker, StringComparison.Ordinal));
            }

            return count;
        });
    }

    [Fact]
    public async Task TheSqliteLogErasesThroughTheRequestAndKeepsTheConfirmationEvenInTheFilesBytes()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("directline-erase-").FullName, "log.db");
        using var log = new SqliteActivityLog(path, TimeProvider.System);

        await ActivityLogErasure.ErasesThroughTheRequestAndKeepsTheConfirmationAsync(log, _ => Task.FromResult(SqliteRowsWithMarker(path)));

        // secure_delete and the checkpoint leave the words nowhere on disk, not even in free pages or the WAL. The log's
        // pooled connection is still open here, as in a running host (closing the last one would checkpoint anyway).
        var bytes = File.ReadAllBytes(path).Concat(File.Exists(path + "-wal") ? File.ReadAllBytes(path + "-wal") : []).ToArray();
        Assert.Equal(0, Occurrences(bytes, ActivityLogErasure.ErasedOnly));
        Assert.NotEqual(0, Occurrences(bytes, ActivityLogErasure.Marker));
    }

    [Fact]
    public async Task TheSqliteLogCopiesItsWritesIntoTheDatabaseFileInTheBackground()
    {
        // Far below the writer's automatic checkpoint: only the background checkpointer moves the row out of the WAL.
        var path = Path.Combine(Directory.CreateTempSubdirectory("directline-checkpoint-").FullName, "log.db");
        using var log = new SqliteActivityLog(path, TimeProvider.System);
        var id = Guid.NewGuid().ToString("N");
        await log.CreateConversationAsync(id, CancellationToken.None);
        await log.AppendAsync(id, new Activity { Type = ActivityTypes.Message, Text = ActivityLogErasure.Marker }, CancellationToken.None);

        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (Occurrences(ReadShared(path), ActivityLogErasure.Marker) == 0)
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(60), "The appended activity never reached the database file.");
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task DeletingExpiredConversationsLeavesTheirWordsNowhereInTheSqliteFiles()
    {
        var folder = Directory.CreateTempSubdirectory("directline-expiry-").FullName;
        var path = Path.Combine(folder, "log.db");
        using var log = new SqliteActivityLog(path, TimeProvider.System);
        var id = Guid.NewGuid().ToString("N");
        await log.CreateConversationAsync(id, CancellationToken.None);
        await log.AppendAsync(id, new Activity { Type = ActivityTypes.Message, Text = $"about {ActivityLogErasure.ErasedOnly}" }, CancellationToken.None);

        Assert.Equal(1, await log.DeleteExpiredAsync(DateTimeOffset.UtcNow.AddDays(1), CancellationToken.None));

        var bytes = Directory.GetFiles(folder).SelectMany(ReadShared).ToArray();
        Assert.Equal(0, Occurrences(bytes, ActivityLogErasure.ErasedOnly));
    }

    [Fact]
    public async Task ErasingNothingIsHarmlessInMemoryAndInSqlite()
    {
        using var sqlite = new SqliteActivityLog(Path.Combine(Directory.CreateTempSubdirectory("directline-erase-").FullName, "log.db"), TimeProvider.System);

        await ActivityLogErasure.ErasingNothingIsHarmlessAsync(new MemoryActivityLog(TimeProvider.System));
        await ActivityLogErasure.ErasingNothingIsHarmlessAsync(sqlite);
    }

    private static int SqliteRowsWithMarker(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM directline_activities WHERE instr(json, $m) > 0";
        command.Parameters.AddWithValue("$m", ActivityLogErasure.Marker);
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] ReadShared(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        file.CopyTo(copy);
        return copy.ToArray();
    }

    private static int Occurrences(byte[] haystack, string needle)
    {
        var pattern = System.Text.Encoding.UTF8.GetBytes(needle);
        var count = 0;
        var rest = haystack.AsSpan();
        for (var at = rest.IndexOf(pattern); at >= 0; at = rest.IndexOf(pattern))
        {
            count++;
            rest = rest[(at + pattern.Length)..];
        }

        return count;
    }
}
