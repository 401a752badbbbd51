using BotService.Protocol.Schema;
using BotService.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BotService.DirectLine.Storage;

/// <summary>
/// The activity log in a SQLite file (the single-instance default). Writes go one at a time through one connection
/// opened once (its settings applied once, not per operation), and WAL checkpoints run on a background thread
/// (<see cref="SqliteCheckpointer"/>) so their fsyncs never hold up a write. Readers use pooled connections of their
/// own and see committed rows (WAL).
/// </summary>
public sealed partial class SqliteActivityLog : IActivityLog, IDisposable
{
    private const string Schema = """
        PRAGMA journal_mode=WAL;
        CREATE TABLE IF NOT EXISTS directline_conversations(
            id TEXT PRIMARY KEY, started INTEGER NOT NULL DEFAULT 0, last_seq INTEGER NOT NULL DEFAULT 0,
            last_micros INTEGER NOT NULL DEFAULT 0, created INTEGER NOT NULL, updated INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS directline_activities(
            conversation_id TEXT NOT NULL, seq INTEGER NOT NULL, type TEXT NOT NULL, json TEXT NOT NULL,
            created INTEGER NOT NULL, PRIMARY KEY(conversation_id, seq)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS directline_conversations_updated ON directline_conversations(updated);
        """;

    private readonly string _path;
    private readonly string _connectionString;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public SqliteActivityLog(string path, TimeProvider time, ILogger<SqliteActivityLog>? logger = null)
    {
        SQLitePCL.Batteries_V2.Init();
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        _path = Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Cache = SqliteCacheMode.Private }.ToString();
        _time = time;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    public async Task CreateConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        var now = ActivityStamp.ToMicros(_time.GetUtcNow());
        await WriteAsync(async connection =>
        {
            using var command = Command(connection, "INSERT INTO directline_conversations(id, created, updated) VALUES ($id, $now, $now)", ("$id", conversationId), ("$now", now));
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ConversationInfo?> GetConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = Command(connection, "SELECT started, last_seq FROM directline_conversations WHERE id = $id", ("$id", conversationId));
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new ConversationInfo(conversationId, reader.GetInt64(0) != 0, reader.GetInt64(1))
            : null;
    }

    public Task<bool> TryStartAsync(string conversationId, CancellationToken cancellationToken) =>
        WriteAsync(async connection =>
        {
            using var command = Command(connection, "UPDATE directline_conversations SET started = 1 WHERE id = $id AND started = 0", ("$id", conversationId));
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        }, cancellationToken);

    public Task<Activity> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken) =>
        WriteAsync(async connection =>
        {
            using var transaction = connection.BeginTransaction();
            using var select = Command(connection, "SELECT last_seq, last_micros FROM directline_conversations WHERE id = $id", ("$id", conversationId));
            select.Transaction = transaction;
            long seq, micros;
            using (var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    throw new KeyNotFoundException("The conversation does not exist.");
                }

                seq = reader.GetInt64(0) + 1;
                micros = ActivityStamp.NextMicros(_time.GetUtcNow(), reader.GetInt64(1));
            }

            var (stamped, json) = ActivityStamp.Stamp(conversationId, activity, seq, micros);
            using var update = Command(connection,
                "UPDATE directline_conversations SET last_seq = $seq, last_micros = $micros, updated = $micros WHERE id = $id;" +
                "INSERT INTO directline_activities(conversation_id, seq, type, json, created) VALUES ($id, $seq, $type, $json, $micros);",
                ("$id", conversationId), ("$seq", seq), ("$micros", micros), ("$type", stamped.Type ?? string.Empty), ("$json", json));
            update.Transaction = transaction;
            await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return stamped;
        }, cancellationToken);

    public async Task<IReadOnlyList<StoredActivity>> ReadAsync(string conversationId, long afterSeq, int max, CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = Command(connection,
            "SELECT seq, type, json FROM directline_activities WHERE conversation_id = $id AND seq > $after ORDER BY seq LIMIT $max",
            ("$id", conversationId), ("$after", afterSeq), ("$max", max));
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<StoredActivity>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(new StoredActivity(reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
        }

        return result;
    }

    /// <summary>One instance per log (no cross-instance signal), so the in-process turn lock is enough.</summary>
    public Task<IAsyncDisposable> HoldTurnAsync(string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult<IAsyncDisposable>(NoHold.Instance);

    public Task<int> EraseThroughAsync(string conversationId, long throughSeq, CancellationToken cancellationToken) =>
        WriteAsync(async connection =>
        {
            using var command = Command(connection,
                "DELETE FROM directline_activities WHERE conversation_id = $id AND seq <= $through",
                ("$id", conversationId), ("$through", throughSeq));
            var erased = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);

            // secure_delete zeroed the rows in the pages written to the WAL; the checkpoint copies them into the file
            // and truncates the WAL, so the old page images holding the words are gone from disk too. A reader that
            // holds an old snapshot can keep that from finishing: then the checkpoint thread retries until it does.
            _checkpointer!.TruncateAfterErasure(connection);
            return erased;
        }, cancellationToken);

    public Task<int> DeleteExpiredAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        WriteAsync(async connection =>
        {
            using var command = Command(connection,
                "DELETE FROM directline_activities WHERE conversation_id IN (SELECT id FROM directline_conversations WHERE updated < $cutoff);" +
                "DELETE FROM directline_conversations WHERE updated < $cutoff;",
                ("$cutoff", ActivityStamp.ToMicros(cutoff)));
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);

            // Committed: from here on the erasure must finish even if the sweep is being cancelled (shutdown).
            using var changes = Command(connection, "SELECT changes()");
            var deleted = Convert.ToInt32(changes.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            if (deleted > 0)
            {
                _checkpointer!.TruncateAfterErasure(connection);
            }

            return deleted;
        }, cancellationToken);

    /// <summary>A pooled connection for reading: reads need none of the writer's settings.</summary>
    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }
}
