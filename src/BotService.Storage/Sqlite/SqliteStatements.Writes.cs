using Microsoft.Data.Sqlite;

namespace BotService.Storage.Sqlite;

/// <summary>Conditional writes: create-only, update-if-the-ETag-matches, or overwrite (see <see cref="WriteCondition"/>).</summary>
internal sealed partial class SqliteStatements
{
    /// <summary>Writes the batch atomically; returns the first conflicting key (having written nothing) or null.</summary>
    public string? WriteBatch(List<PreparedWrite> writes, long now, long expiresAt)
    {
        if (writes.Count == 0)
        {
            return null;
        }

        // One statement is atomic on its own; a batch needs a transaction so a conflict rolls everything back.
        using var transaction = writes.Count > 1 ? _transactions.Begin(immediate: true) : default;
        foreach (var write in writes)
        {
            if (!WriteOne(write, now, expiresAt))
            {
                transaction.Rollback();
                return write.Key;
            }
        }

        transaction.Commit();
        return null;
    }

    private bool WriteOne(PreparedWrite write, long now, long expiresAt)
    {
        var command = write.Condition switch
        {
            WriteCondition.MustBeAbsent => _insertIfAbsent,
            WriteCondition.MustMatch => _updateIfMatch,
            _ => _upsert,
        };
        command.Parameters[0].Value = write.Key;
        command.Parameters[1].Value = write.NewETag;
        command.Parameters[2].Value = write.Utf8Json;
        command.Parameters[3].Value = expiresAt;
        if (write.Condition == WriteCondition.MustBeAbsent)
        {
            command.Parameters[4].Value = now;
        }
        else if (write.Condition == WriteCondition.MustMatch)
        {
            command.Parameters[4].Value = write.ExpectedETag;
            command.Parameters[5].Value = now;
        }

        return command.ExecuteNonQuery() == 1;
    }
}
