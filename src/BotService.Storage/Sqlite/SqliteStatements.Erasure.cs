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
    public bool TryTruncateWal() => SqliteCheckpointer.TryTruncate(_connection);
}
