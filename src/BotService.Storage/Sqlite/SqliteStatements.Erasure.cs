using Microsoft.Data.Sqlite;

namespace BotService.Storage.Sqlite;

/// <summary>Removing documents for good: expiry and "delete my data" (with <c>secure_delete</c> on, see the schema).</summary>
internal sealed partial class SqliteStatements
{
    public int Purge(long now)
    {
        using var purge = _connection.CreateCommand();
        purge.CommandText = "DELETE FROM bot_storage WHERE expires_at <= $now";
        purge.Parameters.AddWithValue("$now", now);
        return purge.ExecuteNonQuery();
    }

    /// <summary>
    /// After an erasure: copies the WAL into the file and truncates it, so earlier versions of the erased pages do not
    /// stay in the WAL. False when it was blocked (a reader in another process); the checkpointer then retries.
    /// </summary>
    public bool TryTruncateWal() => !Checkpoint(_connection, "TRUNCATE").Busy;

    /// <summary>Runs a checkpoint and reads its row: blocked, pages in the WAL, pages copied into the file.</summary>
    public static (bool Busy, long WalPages, long CopiedPages) Checkpoint(SqliteConnection connection, string mode)
    {
        using var checkpoint = connection.CreateCommand();
        checkpoint.CommandText = $"PRAGMA wal_checkpoint({mode})";
        using var row = checkpoint.ExecuteReader();
        return row.Read() ? (row.GetInt64(0) != 0, row.GetInt64(1), row.GetInt64(2)) : (true, 0, 0);
    }
}
