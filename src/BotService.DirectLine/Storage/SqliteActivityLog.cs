using BotService.Protocol.Schema;
using BotService.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BotService.DirectLine.Storage;

/// <summary>
/// The activity log in a SQLite file (the single-instance default). Appends and reads go one at a time through one
/// connection opened once (its settings applied once, its statements prepared once), and WAL checkpoints run on a
/// background thread (<see cref="SqliteCheckpointer"/>) so their fsyncs never hold up a write.
/// </summary>
public sealed partial class SqliteActivityLog : IActivityLog, IDisposable
{
    /// <summary>Expired conversations deleted per transaction by <see cref="DeleteExpiredAsync"/>.</summary>
    internal const int ExpiryBatch = 200;

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

    public Task CreateConversationAsync(string conversationId, CancellationToken cancellationToken) =>
        WriteAsync(async log =>
        {
            var now = ActivityStamp.ToMicros(_time.GetUtcNow());
            return await Statements.With(log.CreateConversation, conversationId, now).ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public Task<ConversationInfo?> GetConversationAsync(string conversationId, CancellationToken cancellationToken) =>
        QueryAsync(async log =>
        {
            using var reader = await Statements.With(log.Conversation, conversationId).ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
                ? new ConversationInfo(conversationId, reader.GetInt64(0) != 0, reader.GetInt64(1))
                : null;
        }, cancellationToken);

    public Task<bool> TryStartAsync(string conversationId, CancellationToken cancellationToken) =>
        WriteAsync(async log =>
            await Statements.With(log.Start, conversationId).ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1,
            cancellationToken);

    public Task<Activity> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken) =>
        WriteAsync(async log =>
        {
            using var transaction = log.Transactions.Begin(immediate: true);
            long seq, micros;
            using (var reader = await Statements.With(log.LastStamp, conversationId).ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    throw new KeyNotFoundException("The conversation does not exist.");
                }

                seq = reader.GetInt64(0) + 1;
                micros = ActivityStamp.NextMicros(_time.GetUtcNow(), reader.GetInt64(1));
            }

            var (stamped, json) = ActivityStamp.Stamp(conversationId, activity, seq, micros);
            await Statements.With(log.Append, conversationId, seq, micros, stamped.Type ?? string.Empty, json, ActivityStamp.UpdatedLagMicros)
                .ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            transaction.Commit();
            return stamped;
        }, cancellationToken);

    public Task<IReadOnlyList<StoredActivity>> ReadAsync(string conversationId, long afterSeq, int max, CancellationToken cancellationToken) =>
        QueryAsync<IReadOnlyList<StoredActivity>>(async log =>
        {
            using var reader = await Statements.With(log.ReadAfter, conversationId, afterSeq, max).ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var result = new List<StoredActivity>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                result.Add(new StoredActivity(reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
            }

            return result;
        }, cancellationToken);

    /// <summary>One instance per log (no cross-instance signal), so the in-process turn lock is enough.</summary>
    public Task<IAsyncDisposable> HoldTurnAsync(string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult<IAsyncDisposable>(NoHold.Instance);

    public Task<int> EraseThroughAsync(string conversationId, long throughSeq, CancellationToken cancellationToken) =>
        WriteAsync(async log =>
        {
            var connection = log.Connection;
            using var command = Command(connection,
                "DELETE FROM directline_activities WHERE conversation_id = $id AND seq <= $through",
                ("$id", conversationId), ("$through", throughSeq));
            var erased = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);

            // secure_delete zeroed the rows in the pages written to the WAL; the checkpoint copies them into the file
            // and truncates the WAL, so the old page images holding the words are gone from disk too. A reader in another
            // process that holds an old snapshot can keep that from finishing: then the checkpoint thread retries until it
            // does. (This process reads through the same connection, so it never holds one.)
            _checkpointer!.TruncateAfterErasure(connection);
            return erased;
        }, cancellationToken);

    /// <summary>
    /// Deletes conversations idle since before <paramref name="cutoff"/> with their activities, at most
    /// <see cref="ExpiryBatch"/> conversations per transaction: reads and appends share the log's one connection, so
    /// they wait for one batch at a time, not for the whole sweep. Then the WAL is emptied as after an erasure.
    /// </summary>
    public async Task<int> DeleteExpiredAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var total = 0;
        int deleted;
        do
        {
            deleted = await WriteAsync(log => Task.FromResult(DeleteExpiredBatch(log.Connection, ActivityStamp.ToMicros(cutoff))), cancellationToken)
                .ConfigureAwait(false);
            total += deleted;
        }
        while (deleted == ExpiryBatch && !cancellationToken.IsCancellationRequested);

        if (total > 0)
        {
            // Committed: from here on the erasure must finish even if the sweep is being cancelled (shutdown).
            await WriteAsync(log =>
            {
                _checkpointer!.TruncateAfterErasure(log.Connection);
                return Task.FromResult(0);
            }, CancellationToken.None).ConfigureAwait(false);
        }

        return total;
    }

    private static int DeleteExpiredBatch(SqliteConnection connection, long cutoffMicros)
    {
        using var transaction = connection.BeginTransaction();
        // Both statements pick the same conversations: the first leaves the conversations table as it was. The index finds
        // them by updated, which can lag the last activity by ActivityStamp.UpdatedLagMicros; last_micros is exact.
        const string Batch = "SELECT id FROM directline_conversations WHERE updated < $cutoff AND last_micros < $cutoff ORDER BY updated, id LIMIT $batch";
        using var command = Command(connection,
            $"DELETE FROM directline_activities WHERE conversation_id IN ({Batch}); DELETE FROM directline_conversations WHERE id IN ({Batch});",
            ("$cutoff", cutoffMicros), ("$batch", ExpiryBatch));
        command.Transaction = transaction;
        command.ExecuteNonQuery();
        using var changes = Command(connection, "SELECT changes()");
        changes.Transaction = transaction;
        var deleted = Convert.ToInt32(changes.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        transaction.Commit();
        return deleted;
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
