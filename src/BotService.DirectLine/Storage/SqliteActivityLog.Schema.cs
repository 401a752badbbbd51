using Microsoft.Data.Sqlite;

namespace BotService.DirectLine.Storage;

/// <summary>
/// The log's tables. Activities live in an ordinary rowid table with a unique (conversation, seq) index: an append
/// adds its row at the table's end, where the appends of every conversation land together, plus one small index entry.
/// Until 2026-12-06 they were a WITHOUT ROWID table keyed by (conversation, seq), which put each 1 KB row on a page
/// chosen by its random conversation id, so almost every append rewrote (and often split) a page of its own: about
/// 2 more WAL pages per Direct Line turn, and pages a third full. A file in that layout is copied into the new one
/// once, on the log's first read or write after start, in one transaction; that request waits for the copy (1.8 s for
/// 100,000 activities of about 1 KB, timed with the same SQL in Python's sqlite3 on this machine). The freed pages
/// stay in the file for later appends.
/// </summary>
public sealed partial class SqliteActivityLog
{
    private const string Tables = """
        CREATE TABLE IF NOT EXISTS directline_conversations(
            id TEXT PRIMARY KEY, started INTEGER NOT NULL DEFAULT 0, last_seq INTEGER NOT NULL DEFAULT 0,
            last_micros INTEGER NOT NULL DEFAULT 0, created INTEGER NOT NULL, updated INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS directline_activities(
            conversation_id TEXT NOT NULL, seq INTEGER NOT NULL, type TEXT NOT NULL, json TEXT NOT NULL,
            created INTEGER NOT NULL, UNIQUE(conversation_id, seq));
        CREATE INDEX IF NOT EXISTS directline_conversations_updated ON directline_conversations(updated);
        """;

    /// <summary>
    /// Moves the rows of a WITHOUT ROWID activity table into the rowid layout that <see cref="Tables"/> creates once the
    /// old table is renamed. secure_delete zeroes the dropped table's pages; the caller then truncates the WAL, as after
    /// an erasure, so the zeroed pages replace the old ones in the file.
    /// </summary>
    private const string MoveActivities = """
        ALTER TABLE directline_activities RENAME TO directline_activities_without_rowid;
        """ + Tables + """
        INSERT INTO directline_activities(conversation_id, seq, type, json, created)
            SELECT conversation_id, seq, type, json, created FROM directline_activities_without_rowid ORDER BY conversation_id, seq;
        DROP TABLE directline_activities_without_rowid;
        """;

    /// <summary>
    /// WAL mode (which cannot change inside a transaction), then the tables in one immediate transaction, moving an old
    /// activity table first. True when it moved one.
    /// </summary>
    private static async Task<bool> CreateSchemaAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        using (var wal = Command(connection, "PRAGMA journal_mode=WAL"))
        {
            await wal.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        using var transaction = connection.BeginTransaction(deferred: false);
        using var layout = Command(connection, "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'directline_activities'");
        layout.Transaction = transaction;
        var sql = await layout.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
        var move = sql is not null && sql.Contains("WITHOUT ROWID", StringComparison.OrdinalIgnoreCase);
        using var schema = Command(connection, move ? MoveActivities : Tables);
        schema.Transaction = transaction;
        await schema.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        transaction.Commit();
        return move;
    }
}
