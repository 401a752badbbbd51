using Microsoft.Data.Sqlite;

namespace BotService.Storage.Sqlite;

/// <summary>The open connection and its prepared statements; not thread-safe (the storage's gate guards it).</summary>
internal sealed partial class SqliteStatements : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _read;
    private readonly SqliteCommand _upsert;
    private readonly SqliteCommand _insertIfAbsent;
    private readonly SqliteCommand _updateIfMatch;
    private readonly SqliteCommand _delete;
    private readonly SqliteLocalTransactions _transactions;

    private SqliteStatements(SqliteConnection connection)
    {
        _connection = connection;
        _read = Command("SELECT document FROM bot_storage WHERE key = $key AND expires_at > $now", "$key", "$now");
        // $document is bound as the serialiser's UTF-8 bytes (a BLOB); CAST stores them as TEXT, byte for byte, without
        // a UTF-16 string on the way there.
        _upsert = Command("""
            INSERT INTO bot_storage (key, etag, document, expires_at) VALUES ($key, $etag, CAST($document AS TEXT), $expires)
            ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, document = excluded.document, expires_at = excluded.expires_at
            """, "$key", "$etag", "$document", "$expires");
        // An expired row counts as absent, so a create-only write may replace it.
        _insertIfAbsent = Command("""
            INSERT INTO bot_storage (key, etag, document, expires_at) VALUES ($key, $etag, CAST($document AS TEXT), $expires)
            ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, document = excluded.document, expires_at = excluded.expires_at
            WHERE bot_storage.expires_at <= $now
            """, "$key", "$etag", "$document", "$expires", "$now");
        _updateIfMatch = Command("""
            UPDATE bot_storage SET etag = $etag, document = CAST($document AS TEXT), expires_at = $expires
            WHERE key = $key AND etag = $expected AND expires_at > $now
            """, "$key", "$etag", "$document", "$expires", "$expected", "$now");
        _delete = Command("DELETE FROM bot_storage WHERE key = $key", "$key");
        _transactions = new SqliteLocalTransactions(connection);
    }

    public static SqliteStatements Open(string path)
    {
        SqliteRuntime.EnsureInitialized();
        var directory = System.IO.Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 30,
        };
        var connection = new SqliteConnection(builder.ConnectionString);
        try
        {
            connection.Open();
            // The busy timeout first, so that creating the schema waits for another process instead of failing.
            using (var busy = connection.CreateCommand())
            {
                busy.CommandText = $"PRAGMA busy_timeout = 10000; PRAGMA wal_autocheckpoint = {SqliteCheckpointer.BackstopCheckpointPages};";
                busy.ExecuteNonQuery();
            }

            SqliteSchema.Ensure(connection);
            return new SqliteStatements(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Begins one read transaction for several keys: each statement on its own would take and drop the WAL's read
    /// lock again (four to six fcntl calls each). For a single key, which needs none, the empty scope.
    /// </summary>
    public SqliteLocalTransactions.Scope BeginRead(int keys) => keys > 1 ? _transactions.Begin(immediate: false) : default;

    /// <summary>The stored document as UTF-8 bytes (SQLite keeps TEXT as UTF-8, so no string is made on the way).</summary>
    public byte[]? Read(string key, long now)
    {
        _read.Parameters[0].Value = key;
        _read.Parameters[1].Value = now;
        using var reader = _read.ExecuteReader();
        return reader.Read() ? reader.GetFieldValue<byte[]>(0) : null;
    }

    /// <summary>Deletes the keys in one transaction; returns how many rows went (the caller then empties the WAL).</summary>
    public int Delete(string[] keys)
    {
        using var transaction = keys.Length > 1 ? _transactions.Begin(immediate: true) : default;
        var deleted = 0;
        foreach (var key in keys)
        {
            _delete.Parameters[0].Value = key;
            deleted += _delete.ExecuteNonQuery();
        }

        transaction.Commit();
        return deleted;
    }

    public void Dispose()
    {
        foreach (var command in new[] { _read, _upsert, _insertIfAbsent, _updateIfMatch, _delete })
        {
            command.Dispose();
        }

        _transactions.Dispose();
        _connection.Dispose();
    }

    private SqliteCommand Command(string sql, params string[] parameters) => SqliteCommands.Prepare(_connection, sql, parameters);
}
