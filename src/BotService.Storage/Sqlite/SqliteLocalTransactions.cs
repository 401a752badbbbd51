using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace BotService.Storage.Sqlite;

/// <summary>
/// BEGIN, COMMIT and ROLLBACK as statements prepared once on a long-lived connection. <c>BeginTransaction</c> parses
/// and finalises a new statement for each of them, which on a turn's two- or three-key read cost as much as the
/// reads themselves. Commands run inside need no <c>Transaction</c> set: the connection tracks none.
/// </summary>
public sealed class SqliteLocalTransactions(SqliteConnection connection) : IDisposable
{
    private readonly SqliteCommand _beginDeferred = SqliteCommands.Prepare(connection, "BEGIN DEFERRED");
    private readonly SqliteCommand _beginImmediate = SqliteCommands.Prepare(connection, "BEGIN IMMEDIATE");
    private readonly SqliteCommand _commit = SqliteCommands.Prepare(connection, "COMMIT");
    private readonly SqliteCommand _rollback = SqliteCommands.Prepare(connection, "ROLLBACK");

    /// <summary>Deferred takes the read lock at the first read (for reads); immediate takes the write lock at once.</summary>
    public Scope Begin(bool immediate)
    {
        (immediate ? _beginImmediate : _beginDeferred).ExecuteNonQuery();
        return new Scope(this);
    }

    public void Dispose()
    {
        _beginDeferred.Dispose();
        _beginImmediate.Dispose();
        _commit.Dispose();
        _rollback.Dispose();
    }

    private void RollbackIfOpen()
    {
        // SQLite may already have rolled back on its own (an I/O error, a full disk); ROLLBACK would then fail.
        if (raw.sqlite3_get_autocommit(connection.Handle) == 0)
        {
            _rollback.ExecuteNonQuery();
        }
    }

    /// <summary>
    /// Rolls back on dispose unless committed, as <see cref="SqliteTransaction"/> does. It keeps no flag (a
    /// <c>using</c> variable is read-only, so a struct's flag would be set on a copy): SQLite's own autocommit state
    /// tells whether the transaction is still open. So a scope has no identity: disposed late, it would roll back a
    /// later transaction on the same connection. Its callers hold the connection's lock from begin to dispose. The
    /// default scope is no transaction (each statement was its own): committing or rolling it back does nothing.
    /// </summary>
    public readonly struct Scope(SqliteLocalTransactions owner) : IDisposable
    {
        public void Commit() => owner?._commit.ExecuteNonQuery();

        public void Rollback() => owner?.RollbackIfOpen();

        public void Dispose() => owner?.RollbackIfOpen();
    }
}
