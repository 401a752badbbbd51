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

    /// <summary>The writing connection, on which <see cref="SqliteCheckpointer.TruncateAfterErasure"/> empties the WAL.</summary>
    public SqliteConnection Connection => _connection;
}
