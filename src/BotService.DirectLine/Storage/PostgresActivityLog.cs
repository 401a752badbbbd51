using BotService.Protocol.Schema;
using Npgsql;

namespace BotService.DirectLine.Storage;

/// <summary>
/// The activity log in PostgreSQL, shared by several host instances. The conversation row is the per-conversation
/// lock and counter, so sequence numbers and timestamps stay ordered whichever instance appends; each append
/// announces itself with <c>NOTIFY directline_activity</c> so that the instance holding the page's stream wakes.
/// </summary>
public sealed class PostgresActivityLog(NpgsqlDataSource dataSource, TimeProvider time) : IActivityLog
{
    public const string Channel = "directline_activity";

    private const string Schema = """
        SELECT pg_advisory_xact_lock(7263590142);
        CREATE TABLE IF NOT EXISTS directline_conversations(
            id text PRIMARY KEY, started boolean NOT NULL DEFAULT false, last_seq bigint NOT NULL DEFAULT 0,
            last_micros bigint NOT NULL DEFAULT 0, created bigint NOT NULL, updated bigint NOT NULL);
        CREATE TABLE IF NOT EXISTS directline_activities(
            conversation_id text NOT NULL REFERENCES directline_conversations(id) ON DELETE CASCADE, seq bigint NOT NULL,
            type text NOT NULL, json text NOT NULL, created bigint NOT NULL, PRIMARY KEY(conversation_id, seq));
        CREATE INDEX IF NOT EXISTS directline_conversations_updated ON directline_conversations(updated);
        """;

    // The statements run by key, named for the test of their generic plans.
    internal static readonly string CounterSql =
        "UPDATE directline_conversations SET last_seq = last_seq + 1, last_micros = GREATEST($2, last_micros + 1), " +
        $"updated = CASE WHEN updated < GREATEST($2, last_micros + 1) - {ActivityStamp.UpdatedLagMicros} THEN GREATEST($2, last_micros + 1) ELSE updated END " +
        "WHERE id = $1 RETURNING last_seq, last_micros";

    internal const string ReadSql = "SELECT seq, type, json FROM directline_activities WHERE conversation_id = $1 AND seq > $2 ORDER BY seq LIMIT $3";

    internal const string ConversationSql = "SELECT started, last_seq FROM directline_conversations WHERE id = $1";

    internal const string StartSql = "UPDATE directline_conversations SET started = true WHERE id = $1 AND NOT started";

    internal const string EraseSql = "DELETE FROM directline_activities WHERE conversation_id = $1 AND seq <= $2";

    private readonly SemaphoreSlim _initLock = new(1, 1);

    private volatile bool _initialised;

    /// <summary>
    /// The data source the log expects: its connections go back to the pool without Npgsql's reset (DISCARD ALL on
    /// the connection's next use), which ran about 4.6 times a turn under the load tool. Nothing the log does outlives
    /// its use of a connection: Npgsql rolls back a transaction left open whatever this setting, and the turn hold
    /// releases its session lock itself (<see cref="PostgresTurnHold"/>). LISTEN has an unpooled connection of its own.
    /// Never multiplexed, whatever the connection string says: the hold's lock and unlock must share one connection.
    /// Statements are prepared on a connection once used a few times (<see cref="AutoPrepared"/>), which bot state
    /// leaves to the operator because of PgBouncer in transaction mode; the log cannot work through that mode anyway.
    /// </summary>
    public static NpgsqlDataSource CreateDataSource(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        var settings = builder.ConnectionStringBuilder;
        settings.NoResetOnClose = true;
        settings.Multiplexing = false;
        settings.MaxAutoPrepare = Math.Max(settings.MaxAutoPrepare, AutoPrepared);
        // Every statement of the log finds its rows by key. A prepared statement's generic plan, made while a table
        // fits in a few pages, would scan the table instead, and go on doing so as it grows until the next ANALYZE.
        // Set once per server session (nothing resets it, see above), not as a startup option: PgBouncer refuses those.
        builder.UsePhysicalConnectionInitializer(
            connection =>
            {
                using var command = NoTableScans(connection);
                command.ExecuteNonQuery();
            },
            async connection =>
            {
                await using var command = NoTableScans(connection);
                await command.ExecuteNonQueryAsync().ConfigureAwait(false);
            });
        return builder.Build();
    }

    private static NpgsqlCommand NoTableScans(NpgsqlConnection connection) => new("SET enable_seqscan = off", connection);

    /// <summary>
    /// At least this many statements kept prepared per connection (Npgsql's Max Auto Prepare; a larger value in the
    /// connection string stands). The log's statements are a few fixed texts run several times a turn, and parsing
    /// and planning them was about half the database's time in them (<c>pg_stat_statements</c>). Their generic plans
    /// read by key whatever the table's size (<c>PostgresActivityLogPlanTests</c>).
    /// </summary>
    public const int AutoPrepared = 20;

    public async Task CreateConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        var now = ActivityStamp.ToMicros(time.GetUtcNow());
        await using var command = dataSource.CreateCommand("INSERT INTO directline_conversations(id, created, updated) VALUES ($1, $2, $2)");
        command.Parameters.Add(new() { Value = conversationId });
        command.Parameters.Add(new() { Value = now });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<ConversationInfo?> GetConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        await using var command = dataSource.CreateCommand(ConversationSql);
        command.Parameters.Add(new() { Value = conversationId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new ConversationInfo(conversationId, reader.GetBoolean(0), reader.GetInt64(1))
            : null;
    }

    public async Task<bool> TryStartAsync(string conversationId, CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        await using var command = dataSource.CreateCommand(StartSql);
        command.Parameters.Add(new() { Value = conversationId });
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task<Activity> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        // Two round trips instead of four: BEGIN with the counter's update, then the insert, the notification and COMMIT
        // together. The activity's id and timestamp come from the counter, so the insert has to wait for its answer.
        // Left open by a failure (a missing conversation included), the transaction is rolled back when the connection
        // returns to the pool.
        // updated, indexed, only moves when it lags by ActivityStamp.UpdatedLagMicros: an update that leaves every indexed
        // column as it was is a heap-only (HOT) update, with no new index entries.
        await using var counter = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand("BEGIN"),
                new NpgsqlBatchCommand(CounterSql)
                {
                    Parameters = { new() { Value = conversationId }, new() { Value = ActivityStamp.ToMicros(time.GetUtcNow()) } },
                },
            },
        };
        long seq, micros;
        await using (var reader = await counter.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                throw new KeyNotFoundException("The conversation does not exist.");
            }

            (seq, micros) = (reader.GetInt64(0), reader.GetInt64(1));
        }

        var (stamped, json) = ActivityStamp.Stamp(conversationId, activity, seq, micros);
        await using var insert = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand("INSERT INTO directline_activities(conversation_id, seq, type, json, created) VALUES ($1, $2, $3, $4, $5)")
                {
                    Parameters = { new() { Value = conversationId }, new() { Value = seq }, new() { Value = stamped.Type ?? string.Empty }, new() { Value = json }, new() { Value = micros } },
                },

                // Delivered to listeners only when the transaction commits, so a woken stream always finds the row.
                new NpgsqlBatchCommand("SELECT pg_notify('" + Channel + "', $1)") { Parameters = { new() { Value = conversationId } } },
                new NpgsqlBatchCommand("COMMIT"),
            },
        };
        await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return stamped;
    }

    public async Task<IReadOnlyList<StoredActivity>> ReadAsync(string conversationId, long afterSeq, int max, CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        await using var command = dataSource.CreateCommand(ReadSql);
        command.Parameters.Add(new() { Value = conversationId });
        command.Parameters.Add(new() { Value = afterSeq });
        command.Parameters.Add(new() { Value = max });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<StoredActivity>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(new StoredActivity(reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
        }

        return result;
    }

    public async Task<IAsyncDisposable> HoldTurnAsync(string conversationId, CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        return await PostgresTurnHold.TakeAsync(dataSource, conversationId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> EraseThroughAsync(string conversationId, long throughSeq, CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        await using var command = dataSource.CreateCommand(EraseSql);
        command.Parameters.Add(new() { Value = conversationId });
        command.Parameters.Add(new() { Value = throughSeq });
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> DeleteExpiredAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        await using var command = dataSource.CreateCommand("DELETE FROM directline_conversations WHERE updated < $1 AND last_micros < $1");
        command.Parameters.Add(new() { Value = ActivityStamp.ToMicros(cutoff) });
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        if (_initialised)
        {
            return;
        }

        await _initLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_initialised)
            {
                // Two instances starting together would race on CREATE TABLE; the advisory lock orders them.
                await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await using var command = new NpgsqlCommand(Schema, connection, transaction);
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                _initialised = true;
            }
        }
        finally
        {
            _initLock.Release();
        }
    }
}
