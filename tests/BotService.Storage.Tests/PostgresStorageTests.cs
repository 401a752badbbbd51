using BotService.Storage.Postgres;
using BotService.Testing.Postgres;

namespace BotService.Storage.Tests;

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServerFixture>
{
    public const string Name = "Postgres";
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresStorageTests(PostgresServerFixture postgres) : StorageConformanceTests
{
    private readonly List<PostgresStorage> _instances = [];

    // Each call is its own connection pool on the class's database, like a second host instance.
    protected override async Task<IStorage> CreateStorageAsync(TimeProvider time, TimeSpan expiry)
    {
        var storage = new PostgresStorage(await postgres.DatabaseForAsync<PostgresStorageTests>(), time, expiry);
        _instances.Add(storage);
        return storage;
    }

    public override async Task DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }
    }

    [Fact]
    public async Task ReportsAnUnreachableServerAsStorageUnavailable()
    {
        await using var storage = new PostgresStorage("Host=127.0.0.1;Port=1;Database=none;Username=postgres;Timeout=5");

        var error = await Assert.ThrowsAsync<StorageUnavailableException>(() => storage.InitializeAsync());

        Assert.Contains("ConnectionStrings:Postgres", error.Message, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1:1/none", error.Message, StringComparison.Ordinal);
    }
}
