using BotService.Storage.Memory;
using BotService.Storage.Postgres;
using BotService.Storage.Sqlite;
using BotService.Testing.Postgres;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BotService.Storage.Tests;

[Collection(PostgresCollection.Name)]
public sealed class AddBotStorageTests(PostgresServerFixture postgres) : IDisposable
{
    private readonly string _contentRoot = Directory.CreateTempSubdirectory("botservice-host-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_contentRoot, recursive: true);
    }

    [Fact]
    public async Task UsesASqliteFileInTheContentRootDataFolderByDefault()
    {
        using var host = Build([]);
        await host.StartAsync();

        var storage = Assert.IsType<SqliteStorage>(host.Services.GetRequiredService<IStorage>());
        Assert.Equal(Path.Combine(_contentRoot, "data", "botstate.db"), storage.FilePath);
        Assert.True(File.Exists(storage.FilePath));
        Assert.Equal(TimeSpan.FromDays(7), storage.Expiry);
        await host.StopAsync();
        storage.Dispose();
    }

    [Fact]
    public async Task ChoosesMemoryAndTheConfiguredExpiry()
    {
        using var host = Build([new("Storage:Provider", "memory"), new("Storage:ExpiryDays", "30")]);
        await host.StartAsync();

        var storage = Assert.IsType<MemoryStorage>(host.Services.GetRequiredService<IStorage>());
        Assert.Equal(TimeSpan.FromDays(30), storage.Expiry);
        await host.StopAsync();
    }

    [Fact]
    public async Task ChoosesPostgresWithTheConnectionString()
    {
        var connectionString = await postgres.DatabaseForAsync<AddBotStorageTests>();
        using var host = Build([new("Storage:Provider", "Postgres"), new("ConnectionStrings:Postgres", connectionString)]);
        await host.StartAsync();

        var storage = Assert.IsType<PostgresStorage>(host.Services.GetRequiredService<IStorage>());
        await storage.WriteAsync("k", new { Ok = true });
        Assert.Single(await storage.ReadAsync(["k"]));
        await host.StopAsync();
    }

    [Fact]
    public async Task StopsStartUpWithOneClearMessageForAnUnknownProvider()
    {
        using var host = Build([new("Storage:Provider", "Redis")]);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Equal("Storage:Provider 'Redis' is not one of Sqlite, Postgres, Memory.", error.Message);
    }

    [Fact]
    public async Task StopsStartUpWhenPostgresHasNoConnectionString()
    {
        using var host = Build([new("Storage:Provider", "Postgres")]);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Equal("Storage:Provider is Postgres but ConnectionStrings:Postgres is empty.", error.Message);
    }

    [Fact]
    public async Task StopsStartUpWithOneClearMessageWhenPostgresIsUnreachable()
    {
        using var host = Build([new("Storage:Provider", "Postgres"), new("ConnectionStrings:Postgres", "Host=127.0.0.1;Port=1;Database=bot;Username=bot;Timeout=5")]);

        var error = await Assert.ThrowsAsync<StorageUnavailableException>(() => host.StartAsync());

        Assert.StartsWith("Cannot use the PostgreSQL database at 127.0.0.1:1/bot (ConnectionStrings:Postgres):", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public async Task RejectsAnExpiryOutsideTheAllowedRange()
    {
        using var host = Build([new("Storage:Provider", "Memory"), new("Storage:ExpiryDays", "0")]);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("ExpiryDays", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PurgesExpiredItemsInTheBackgroundOnceTheHostStarts()
    {
        var clock = new BotService.Testing.ManualTimeProvider();
        var path = Path.Combine(_contentRoot, "data", "botstate.db");
        using (var seed = new SqliteStorage(path, clock, TimeSpan.FromDays(7)))
        {
            await seed.WriteAsync("old", new { Text = "expired" });
            await seed.WriteAsync("new", new { Text = "kept" });
            clock.Advance(TimeSpan.FromDays(8));
            await seed.WriteAsync("new", new { Text = "kept" });
        }

        using var host = Build([], clock);
        await host.StartAsync();

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (CountRows(path) > 1 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.Equal(1, CountRows(path));
        await host.StopAsync();
        ((SqliteStorage)host.Services.GetRequiredService<IStorage>()).Dispose();
    }

    private static long CountRows(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM bot_storage";
        return (long)command.ExecuteScalar()!;
    }

    private IHost Build(KeyValuePair<string, string?>[] settings, TimeProvider? clock = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = _contentRoot });
        if (clock is not null)
        {
            builder.Services.AddSingleton(clock);
        }

        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddBotStorage(builder.Configuration);
        return builder.Build();
    }
}
