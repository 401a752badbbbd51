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

    public override Task DisposeAsync()
    {
        _instances.ForEach(s => s.Dispose());
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task CreatesTheFileAndItsFolderInWalMode()
    {
        await ((SqliteStorage)Storage).InitializeAsync();

        Assert.True(File.Exists(FilePath));
        using var connection = new SqliteConnection($"Data Source={FilePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)command.ExecuteScalar());
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
