using System.Net.Sockets;
using Npgsql;
using NpgsqlTypes;

namespace BotService.Storage.Postgres;

/// <summary>
/// Shared storage for several host instances behind a load balancer. A conditional write is one statement whose
/// WHERE clause re-checks the ETag after any concurrent writer commits (READ COMMITTED re-evaluates the updated
/// row), so two instances racing on one conversation cannot both win. Batches run in one transaction.
/// </summary>
public sealed class PostgresStorage : IStorage, IExpiringStorage, IInitializableStorage, IAsyncDisposable
{
    private const string Table = "bot_storage";

    /// <summary>
    /// The read looks rows up by key alone and drops expired ones here. With <c>expires_at &gt; $2</c> in the WHERE
    /// clause, a generic plan (a prepared statement's, <c>Max Auto Prepare</c>) made while the table held a few hundred
    /// rows read through the <c>expires_at</c> index, that is every live row, on each read: 1.4-3.3 ms instead of
    /// microseconds (auto_explain, in the load runs that stalled). A generic plan made while the table holds fewer than
    /// about 200 rows is still a sequential scan, kept until autovacuum next analyzes the table.
    /// </summary>
    internal const string ReadSql = $"SELECT key, document, expires_at FROM {Table} WHERE key = ANY($1)";

    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeProvider _time;
    private readonly string _where;
    private volatile bool _initialized;

    public PostgresStorage(string connectionString, TimeProvider? timeProvider = null, TimeSpan? expiry = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        // This store's statements leave nothing behind on a connection (no SET, LISTEN, temporary table or session
        // lock; Npgsql still rolls back a transaction left open), so the DISCARD ALL that Npgsql otherwise runs on every
        // pooled connection's next use is pure cost: 6-10% of the database's CPU per turn under the load tool. It is
        // set whatever the connection string says, since nothing here needs the reset.
        var builder = new NpgsqlDataSourceBuilder(connectionString) { ConnectionStringBuilder = { NoResetOnClose = true } };
        _dataSource = builder.Build();
        var settings = builder.ConnectionStringBuilder;
        _where = $"{settings.Host}:{settings.Port}/{settings.Database}";
        _time = timeProvider ?? TimeProvider.System;
        Expiry = expiry ?? StorageOptions.DefaultExpiry;
    }

    public TimeSpan Expiry { get; }

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (_initialized)
        {
            return;
        }

        await RunAsync(async () =>
        {
            await using var command = _dataSource.CreateCommand($"""
                CREATE TABLE IF NOT EXISTS {Table} (
                    key text NOT NULL PRIMARY KEY,
                    etag text NOT NULL,
                    document text NOT NULL,
                    expires_at timestamptz NOT NULL);
                CREATE INDEX IF NOT EXISTS {Table}_expires_at ON {Table} (expires_at);
                """);
            try
            {
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.DuplicateTable
                or PostgresErrorCodes.DuplicateObject)
            {
                // Two instances created the table at the same moment; the other one won, which is fine. Which error the
                // loser gets depends on where the race is decided: the table's row type ("type already exists", 42710)
                // is one of them.
            }

            _initialized = true;
            return 0;
        }).ConfigureAwait(false);
    }

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        var now = _time.GetUtcNow();
        return await RunAsync(async () =>
        {
            await using var command = _dataSource.CreateCommand(ReadSql);
            command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = keys });
            var result = new Dictionary<string, object>(keys.Length, StringComparer.Ordinal);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                if (reader.GetFieldValue<DateTimeOffset>(2) > now)
                {
                    result[reader.GetString(0)] = StorageJson.Parse(reader.GetString(1));
                }
            }

            return (IDictionary<string, object>)result;
        }).ConfigureAwait(false);
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        var batch = PreparedBatch.Prepare(changes);
        try
        {
            await InitializeAsync(cancellationToken).ConfigureAwait(false);
            var now = _time.GetUtcNow();
            var conflict = await RunAsync(() => PostgresWriter.WriteAsync(_dataSource, batch.Writes, now.UtcDateTime, (now + Expiry).UtcDateTime, cancellationToken)).ConfigureAwait(false);
            if (conflict is not null)
            {
                throw Conflicts.For(conflict);
            }
        }
        catch
        {
            batch.Restore();
            throw;
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        await RunAsync(async () =>
        {
            await using var command = _dataSource.CreateCommand($"DELETE FROM {Table} WHERE key = ANY($1)");
            command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = keys });
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }).ConfigureAwait(false);
    }

    public async Task<int> PurgeExpiredAsync(CancellationToken cancellationToken = default)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        var now = _time.GetUtcNow().UtcDateTime;
        return await RunAsync(async () =>
        {
            await using var command = _dataSource.CreateCommand($"DELETE FROM {Table} WHERE expires_at <= $1");
            command.Parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = now, NpgsqlDbType = NpgsqlDbType.TimestampTz });
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    /// <summary>
    /// Turns driver and network failures into one clear <see cref="StorageUnavailableException"/>, except the database
    /// refusing the data itself (<see cref="RefusedData"/>: a NUL in a key, a key too long for its index), which no retry
    /// can fix: that is a <see cref="StorageDataException"/>.
    /// </summary>
    private async Task<T> RunAsync<T>(Func<Task<T>> operation)
    {
        try
        {
            return await operation().ConfigureAwait(false);
        }
        catch (PostgresException ex) when (RefusedData.Is(ex))
        {
            throw new StorageDataException($"The PostgreSQL database at {_where} cannot hold the data it was given: {ex.Message}", ex);
        }
        catch (Exception ex) when (ex is NpgsqlException or SocketException or TimeoutException && ex is not PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            throw new StorageUnavailableException($"Cannot use the PostgreSQL database at {_where} (ConnectionStrings:Postgres): {ex.Message}", ex);
        }
    }
}
