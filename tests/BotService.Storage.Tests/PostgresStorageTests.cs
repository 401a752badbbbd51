using BotService.Storage.Postgres;
using BotService.Testing.Postgres;
using Npgsql;

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

    [Theory]
    [InlineData("write", "nul")]
    [InlineData("read", "nul")]
    [InlineData("delete", "nul")]
    [InlineData("write", "too long for the key index")]
    public async Task AKeyTheDatabaseCannotHoldIsADataErrorNotAnOutage(string operation, string key)
    {
        // PostgreSQL text cannot hold NUL (22021), and a key index entry holds about 2,700 bytes (54000). Retrying never
        // helps, so telling the person the records are unreachable and to try again in a minute was wrong.
        var bad = key == "nul"
            ? Key("a\0b")
            : Key(string.Concat(Enumerable.Range(0, 120).Select(_ => Convert.ToBase64String(Guid.NewGuid().ToByteArray()))));
        Func<Task> act = operation switch
        {
            "write" => () => Storage.WriteAsync(bad, new Note { Text = "x" }),
            "read" => () => Storage.ReadAsync([bad]),
            _ => () => Storage.DeleteAsync([bad]),
        };

        var error = await Assert.ThrowsAsync<StorageDataException>(act);
        Assert.Equal(key == "nul" ? "22021" : "54000", Assert.IsType<PostgresException>(error.InnerException).SqlState);

        // The connection it failed on is fine for the next caller.
        await Storage.WriteAsync(Key("after"), new Note { Text = "kept" });
        Assert.Equal("kept", (await Storage.ReadAsync<Note>(Key("after")))!.Text);
    }

    [Fact]
    public async Task ReadsByKeyEvenWithAGenericPlanMadeWhileTheTableHeldAFewHundredRows()
    {
        // Prepared statements (Max Auto Prepare) get a generic plan after a few runs. Made at this size with the expiry
        // in the WHERE clause, as the read once had it, the plan read through the expiry index, every live row, on each
        // read. At this size (60 pages) a plan by key uses the primary key; below about 200 rows it would be a table scan.
        var database = await postgres.Server.CreateDatabaseAsync($"t_plan_{Guid.NewGuid():N}");
        await using (var storage = new PostgresStorage(database))
        {
            // One at a time under random keys, as conversations arrive: the rows lie in expiry order, not key order.
            for (var i = 0; i < 300; i++)
            {
                await storage.WriteAsync($"test/conversations/{Guid.NewGuid():N}", new Note { Text = new string('x', 1300) });
            }
        }

        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using (var analyze = new NpgsqlCommand("ANALYZE bot_storage; SET plan_cache_mode = force_generic_plan", connection))
        {
            await analyze.ExecuteNonQueryAsync();
        }

        var withExpiry = await GenericPlans.ExplainAsync(connection, "SELECT key, document FROM bot_storage WHERE key = ANY($1) AND expires_at > $2", "text[], timestamptz", "'{test/users/u1}', now()");
        var read = await GenericPlans.ExplainAsync(connection, PostgresStorage.ReadSql, "text[]", "'{test/users/u1}'");

        Assert.Contains("bot_storage_expires_at", withExpiry, StringComparison.Ordinal);
        Assert.Contains("bot_storage_pkey", read, StringComparison.Ordinal);
        Assert.DoesNotContain("bot_storage_expires_at", read, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WorksThroughPgBouncerInTransactionModeWithMoreClientsThanServerConnections()
    {
        // Two server connections for eight concurrent writers in two host instances: every statement may land on a
        // server connection another client used last, so anything kept in a session (a prepared statement's name) breaks.
        var database = await postgres.Server.CreateDatabaseAsync($"t_pgbouncer_{Guid.NewGuid():N}");
        await using var bouncer = await PgBouncerProxy.StartAsync(postgres.Server, new NpgsqlConnectionStringBuilder(database).Database!, serverConnections: 2);
        await using var first = new PostgresStorage(bouncer.ConnectionString);
        await using var second = new PostgresStorage(bouncer.ConnectionString);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(writer => Task.Run(async () =>
        {
            var storage = writer % 2 == 0 ? first : second;
            for (var round = 0; round < 25; round++)
            {
                var note = await storage.ReadAsync<Note>($"w{writer}") ?? new Note { ETag = StoreETags.New };
                note.Text = $"round {round}";
                await storage.WriteAsync(new Dictionary<string, object> { [$"w{writer}"] = note, [$"w{writer}/r{round}"] = new Note { Text = "x" } });
            }

            await storage.DeleteAsync([$"w{writer}/r0"]);
        })));

        foreach (var writer in Enumerable.Range(0, 8))
        {
            Assert.Equal("round 24", (await second.ReadAsync<Note>($"w{writer}"))!.Text);
            Assert.Empty(await first.ReadAsync([$"w{writer}/r0"]));
        }
    }

    [Fact]
    public async Task InstancesStartingTogetherOnAnEmptyDatabaseAllCreateOrFindTheTable()
    {
        for (var attempt = 0; attempt < 25; attempt++)
        {
            var database = await postgres.Server.CreateDatabaseAsync($"t_start_{Guid.NewGuid():N}");
            var instances = Enumerable.Range(0, 4).Select(_ => new PostgresStorage(database)).ToList();
            try
            {
                await Task.WhenAll(instances.Select(instance => Task.Run(() => instance.InitializeAsync())));
            }
            finally
            {
                foreach (var instance in instances)
                {
                    await instance.DisposeAsync();
                }
            }
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
