using System.Text;
using Npgsql;
using NpgsqlTypes;

namespace BotService.Storage.Postgres;

/// <summary>
/// The conditional write statements; one per <see cref="WriteCondition"/>. Like every statement of
/// <see cref="PostgresStorage"/>, they must leave no session state on the connection: it goes back to the pool unreset.
/// </summary>
internal static class PostgresWriter
{
    private const string Upsert = """
        INSERT INTO bot_storage (key, etag, document, expires_at) VALUES ($1, $2, $3, $4)
        ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, document = excluded.document, expires_at = excluded.expires_at
        """;

    // An expired row counts as absent, so a create-only write may replace it.
    private const string InsertIfAbsent = """
        INSERT INTO bot_storage (key, etag, document, expires_at) VALUES ($1, $2, $3, $4)
        ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, document = excluded.document, expires_at = excluded.expires_at
        WHERE bot_storage.expires_at <= $5
        """;

    private const string UpdateIfMatch = """
        UPDATE bot_storage SET etag = $2, document = $3, expires_at = $4
        WHERE key = $1 AND etag = $6 AND expires_at > $5
        """;

    /// <summary>
    /// Writes the batch atomically; returns the first conflicting key (having written nothing) or null. All the
    /// statements go to the server together: one round trip for a single write, two (the writes, then the commit or
    /// rollback) for several.
    /// </summary>
    public static async Task<string?> WriteAsync(NpgsqlDataSource dataSource, List<PreparedWrite> writes, DateTime now, DateTime expiresAt, CancellationToken cancellationToken)
    {
        if (writes.Count == 0)
        {
            return null;
        }

        // Rows are locked in key order, whatever order the caller gave: two hosts writing overlapping batches in
        // different orders (during a rolling deploy, say) cannot then deadlock.
        writes.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        // One statement is atomic on its own; several need a transaction so a conflict rolls everything back.
        await using var transaction = writes.Count > 1 ? await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false) : null;
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var write in writes)
        {
            batch.BatchCommands.Add(Build(write, now, expiresAt));
        }

        await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < writes.Count; i++)
        {
            if (batch.BatchCommands[i].RecordsAffected != 1)
            {
                if (transaction is not null)
                {
                    await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                }

                return writes[i].Key;
            }
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return null;
    }

    private static NpgsqlBatchCommand Build(PreparedWrite write, DateTime now, DateTime expiresAt)
    {
        var sql = write.Condition switch
        {
            WriteCondition.MustBeAbsent => InsertIfAbsent,
            WriteCondition.MustMatch => UpdateIfMatch,
            _ => Upsert,
        };
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = write.Key });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = write.NewETag });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = Encoding.UTF8.GetString(write.Utf8Json) });
        command.Parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = expiresAt, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        if (write.Condition != WriteCondition.Unconditional)
        {
            command.Parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = now, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        }

        if (write.Condition == WriteCondition.MustMatch)
        {
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = write.ExpectedETag! });
        }

        return command;
    }
}
