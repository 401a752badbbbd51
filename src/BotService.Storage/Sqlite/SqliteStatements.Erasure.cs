namespace BotService.Storage.Sqlite;

/// <summary>Removing documents for good: expiry and "delete my data" (with <c>secure_delete</c> on, see the schema).</summary>
internal sealed partial class SqliteStatements
{
    public int Purge(long now)
    {
        using var purge = _connection.CreateCommand();
        purge.CommandText = "DELETE FROM bot_storage WHERE expires_at <= $now";
        purge.Parameters.AddWithValue("$now", now);
        var purged = purge.ExecuteNonQuery();
        if (purged > 0)
        {
            Erased();
        }

        return purged;
    }

    /// <summary>
    /// After an erasure: copies the WAL into the file and truncates it, so earlier versions of the erased pages do not
    /// stay in the WAL. Best effort: another process reading at that moment leaves the WAL for the next checkpoint.
    /// </summary>
    public void Erased()
    {
        using var checkpoint = _connection.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
        checkpoint.ExecuteNonQuery();
    }
}
