using Microsoft.Data.Sqlite;

namespace BotService.Storage.Sqlite;

/// <summary>Creates the state table, or brings a file written by an earlier version up to date.</summary>
internal static class SqliteSchema
{
    // secure_delete: a deleted or replaced document is overwritten in the file, not left in a free page ("delete my
    // data" and expiry must really erase); Erased() then moves the WAL's older page images into the file and empties it.
    private const string Pragmas = """
        PRAGMA journal_mode = WAL;
        PRAGMA synchronous = NORMAL;
        PRAGMA secure_delete = ON;
        """;

    // An ordinary (rowid) table: its leaf pages hold a document of up to about 4 KB inline. The WITHOUT ROWID table
    // of earlier versions moved anything over about 1 KB (most mid-conversation states) to an overflow page, so an
    // update freed, zeroed and re-allocated that page too. No index on expires_at: it would add a page to every
    // turn's write; the periodic purge scans instead.
    private const string Table = """
        CREATE TABLE IF NOT EXISTS bot_storage (
            key TEXT NOT NULL PRIMARY KEY,
            etag TEXT NOT NULL,
            document TEXT NOT NULL,
            expires_at INTEGER NOT NULL
        );
        """;

    // Copies the rows over and drops the old table in the same transaction: nothing is lost, and nothing stays behind.
    private const string FromWithoutRowId = """
        ALTER TABLE bot_storage RENAME TO bot_storage_without_rowid;
        """ + Table + """
        INSERT INTO bot_storage (key, etag, document, expires_at)
            SELECT key, etag, document, expires_at FROM bot_storage_without_rowid;
        DROP TABLE bot_storage_without_rowid;
        """;

    public static void Ensure(SqliteConnection connection)
    {
        Execute(connection, null, Pragmas);
        // BEGIN IMMEDIATE: two processes opening the same old file at once migrate it once, one after the other.
        using var transaction = connection.BeginTransaction(deferred: false);
        Execute(connection, transaction, IsWithoutRowId(connection, transaction) ? FromWithoutRowId : Table);
        transaction.Commit();
    }

    private static bool IsWithoutRowId(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'bot_storage'";
        return command.ExecuteScalar() is string sql && sql.Contains("WITHOUT ROWID", StringComparison.OrdinalIgnoreCase);
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
