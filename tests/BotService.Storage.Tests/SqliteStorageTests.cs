using BotService.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace BotService.Storage.Tests;

public sealed class SqliteStorageTests : StorageConformanceTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("botservice-sqlite-").FullName;
    private readonly List<SqliteStorage> _instances = [];

    private string FilePath => Path.Combine(_folder, "data", "botstate.db");

    // Each call opens its own connection to the same file, like a second host process would.
    protected override Task<IStorage> CreateStorageAsync(TimeProvider time, TimeSpan expiry)
    {
        var storage = new SqliteStorage(FilePath, time, expiry);
        _instances.Add(storage);
        return Task.FromResult<IStorage>(storage);
    }

    private SqliteConnection OpenRaw()
    {
        var connection = new SqliteConnection($"Data Source={FilePath};Pooling=False");
        connection.Open();
        return connection;
    }

    private static bool FileContains(string path, string text)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        file.CopyTo(copy);
        return copy.ToArray().AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(text)) >= 0;
    }

    private static async Task WaitUntilAsync(Func<bool> condition, string failure)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(60), failure);
            await Task.Delay(100);
        }
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public override Task DisposeAsync()
    {
        _instances.ForEach(s => s.Dispose());
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task KeepsTheCallersETagWhenTheWriteIsCancelledBeforeItStarts()
    {
        var note = new Note { Text = "a" };
        await Storage.WriteAsync(Key("k"), note);
        var readETag = note.ETag;
        note.Text = "b";

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Storage.WriteAsync(Key("k"), note, new CancellationToken(canceled: true)));

        Assert.Equal(readETag, note.ETag);
        Assert.Equal("a", (await Storage.ReadAsync<Note>(Key("k")))!.Text);
    }

    [Fact]
    public async Task CreatesTheFileAndItsFolderInWalMode()
    {
        await ((SqliteStorage)Storage).InitializeAsync();

        Assert.True(File.Exists(FilePath));
        using var connection = OpenRaw();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)command.ExecuteScalar());
    }

    [Fact]
    public async Task MovesAFileFromTheEarlierWithoutRowIdTableKeepingEveryDocumentAndETag()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        using (var old = OpenRaw())
        {
            Execute(old, """
                CREATE TABLE bot_storage (key TEXT NOT NULL PRIMARY KEY, etag TEXT NOT NULL, document TEXT NOT NULL,
                    expires_at INTEGER NOT NULL) WITHOUT ROWID;
                INSERT INTO bot_storage VALUES ('notes/kept', 'etag-1', '{"text":"kept","eTag":"etag-1"}', 9000000000000);
                """);
        }

        // Two instances (as two host processes would) open the old file at the same moment: one migrates, the other waits.
        var second = (SqliteStorage)await CreateStorageAsync(Clock, Expiry);
        var first = (SqliteStorage)Storage;
        await Task.WhenAll(Task.Run(() => first.InitializeAsync()), Task.Run(() => second.InitializeAsync()));
        Assert.Equal("kept", (await second.ReadAsync<Note>("notes/kept"))!.Text);

        var kept = await Storage.ReadAsync<Note>("notes/kept");
        Assert.Equal(("kept", "etag-1"), (kept!.Text, kept.ETag));
        kept.Text = "changed";
        await Storage.WriteAsync("notes/kept", kept);
        await Assert.ThrowsAsync<StorageConflictException>(() => Storage.WriteAsync("notes/kept", new Note { Text = "stale", ETag = "etag-1" }));
        Assert.Equal("changed", (await (await CreateStorageAsync(Clock, Expiry)).ReadAsync<Note>("notes/kept"))!.Text);

        using var connection = OpenRaw();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT group_concat(name || ': ' || sql, ' | ') FROM sqlite_master WHERE type = 'table'";
        var tables = (string)command.ExecuteScalar()!;
        Assert.StartsWith("bot_storage: ", tables, StringComparison.Ordinal);
        Assert.DoesNotContain("WITHOUT ROWID", tables, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" | ", tables, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StoresEachDocumentAsUtf8TextThatOtherToolsCanRead()
    {
        await Storage.WriteAsync("notes/text", new Note { Text = "café ✓" });
        await Storage.WriteAsync("notes/text", (await Storage.ReadAsync<Note>("notes/text"))!);

        using var connection = OpenRaw();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT typeof(document), json_extract(document, '$.text') FROM bot_storage WHERE key = 'notes/text'";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal(("text", "café ✓"), (reader.GetString(0), reader.GetString(1)));
    }

    [Fact]
    public async Task CopiesCommittedWritesIntoTheDatabaseFileInTheBackground()
    {
        // One commit is far below the turn connection's automatic checkpoint: only the background checkpointer moves
        // it out of the WAL into the file itself, about a second after writes stop.
        var marker = $"checkpoint-marker-{Guid.NewGuid():N}";
        await Storage.WriteAsync("notes/checkpointed", new Note { Text = marker });

        await WaitUntilAsync(() => FileContains(FilePath, marker), "The write never reached the database file.");

        Assert.Equal(marker, (await Storage.ReadAsync<Note>("notes/checkpointed"))!.Text);
    }

    [Fact]
    public async Task UnderSteadyWritesTheWalStartsOverLongBeforeTheBackstop()
    {
        // Writes that never pause: each background checkpoint copies the WAL while commits land, so only the catch-up
        // under the storage's gate lets a commit find it fully copied and start it over. Without it the WAL grows to the
        // backstop (10,000 pages), where a commit copied it all with the gate held.
        var text = new string('x', 900);
        for (var i = 0; i < 12_000; i++)
        {
            await Storage.WriteAsync($"notes/steady-{i}", new Note { Text = text });
        }

        // A WAL file is a 32-byte header and frames of a 24-byte header and a 4 KB page; it keeps its longest length.
        var frames = (new FileInfo(FilePath + "-wal").Length - 32) / (24 + 4096);
        Assert.True(frames < SqliteCheckpointer.BackstopCheckpointPages,
            $"The WAL grew to {frames} pages: it was never started over before the backstop.");
    }

    [Fact]
    public async Task ErasureEmptiesTheWalOnceAReaderThatBlockedItHasFinished()
    {
        var marker = $"erased-marker-{Guid.NewGuid():N}";
        await Storage.WriteAsync("notes/erased", new Note { Text = marker });
        await Storage.WriteAsync("notes/other", new Note { Text = "kept" });

        // Another process in the middle of a read: the truncate after the delete waits out the 10 s busy timeout, then
        // gives up; the background thread must finish it once the reader is gone.
        using (var reader = OpenRaw())
        using (var snapshot = reader.BeginTransaction(deferred: true))
        {
            Execute(reader, "SELECT count(*) FROM bot_storage", snapshot);
            await Storage.DeleteAsync(["notes/erased"]);
        }

        await WaitUntilAsync(() => Directory.GetFiles(Path.GetDirectoryName(FilePath)!).All(f => !FileContains(f, marker)),
            "The erased document stayed in the WAL or the file.");
        Assert.Equal("kept", (await Storage.ReadAsync<Note>("notes/other"))!.Text);
    }

    [Fact]
    public async Task ReportsAnUnusablePathAsStorageUnavailable()
    {
        var blocker = Path.Combine(_folder, "not-a-folder");
        await File.WriteAllTextAsync(blocker, "a file where a folder should be");
        using var storage = new SqliteStorage(Path.Combine(blocker, "state.db"));

        var error = await Assert.ThrowsAsync<StorageUnavailableException>(() => storage.InitializeAsync());

        Assert.Contains("Storage:SqlitePath", error.Message, StringComparison.Ordinal);
    }
}
