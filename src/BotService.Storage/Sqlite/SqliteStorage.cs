using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BotService.Storage.Sqlite;

/// <summary>
/// The embedded default: one SQLite file (WAL mode, busy timeout) under the content root's data folder.
/// One connection with prepared statements, used by one operation at a time: SQLite serialises writers anyway,
/// and this keeps a turn's read and write to a few microseconds. Several instances (processes) may share one
/// file; WAL lets readers run beside the writer and the busy timeout makes writers queue instead of failing.
/// WAL checkpoints run on <see cref="SqliteCheckpointer"/>'s thread; it takes the gate only to finish one when the WAL
/// has grown long (a few milliseconds), so that the WAL can start over.
/// </summary>
public sealed class SqliteStorage : IStorage, IExpiringStorage, IInitializableStorage, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly TimeProvider _time;
    private readonly string _path;
    private readonly ILogger _logger;
    private SqliteStatements? _statements;
    private SqliteCheckpointer? _checkpointer;

    public SqliteStorage(string path, TimeProvider? timeProvider = null, TimeSpan? expiry = null, ILogger<SqliteStorage>? logger = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _path = Path.GetFullPath(path);
        _time = timeProvider ?? TimeProvider.System;
        Expiry = expiry ?? StorageOptions.DefaultExpiry;
    }

    public TimeSpan Expiry { get; }

    public string FilePath => _path;

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            EnsureOpen();
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        var documents = new byte[]?[keys.Length];
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var statements = EnsureOpen();
            using var transaction = statements.BeginRead(keys.Length);
            for (var i = 0; i < keys.Length; i++)
            {
                documents[i] = statements.Read(keys[i], now);
            }
        }
        catch (SqliteException ex)
        {
            throw Unavailable(ex);
        }
        finally
        {
            _gate.Release();
        }

        // Parsed after the gate is released: it guards the connection, and other turns wait on it.
        var result = new Dictionary<string, object>(keys.Length, StringComparer.Ordinal);
        for (var i = 0; i < keys.Length; i++)
        {
            if (documents[i] is { } json)
            {
                result[keys[i]] = StorageJson.Parse(json);
            }
        }

        return result;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        var batch = PreparedBatch.Prepare(changes);
        try
        {
            await WriteBatchAsync(batch, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // Nothing was written (a conflict, a failing file, a cancelled wait for the gate): the callers' items
            // keep the ETags they came with.
            batch.Restore();
            throw;
        }
    }

    private async Task WriteBatchAsync(PreparedBatch batch, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var expiresAt = (now + Expiry).ToUnixTimeMilliseconds();
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var conflict = EnsureOpen().WriteBatch(batch.Writes, now.ToUnixTimeMilliseconds(), expiresAt);
            if (conflict is not null)
            {
                throw Conflicts.For(conflict);
            }

            _checkpointer?.Committed();
        }
        catch (SqliteException ex)
        {
            throw Unavailable(ex);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var statements = EnsureOpen();
            if (statements.Delete(keys) > 0)
            {
                _checkpointer!.TruncateAfterErasure(statements.Connection);
            }
        }
        catch (SqliteException ex)
        {
            throw Unavailable(ex);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<int> PurgeExpiredAsync(CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var statements = EnsureOpen();
            var purged = statements.Purge(now);
            if (purged > 0)
            {
                _checkpointer!.TruncateAfterErasure(statements.Connection);
            }

            return purged;
        }
        catch (SqliteException ex)
        {
            throw Unavailable(ex);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        _checkpointer?.Dispose();
        _checkpointer = null;
        _statements?.Dispose();
        _statements = null;
        _gate.Dispose();
    }

    private SqliteStatements EnsureOpen()
    {
        if (_statements is not null)
        {
            return _statements;
        }

        try
        {
            _statements = SqliteStatements.Open(_path);
            _checkpointer = new SqliteCheckpointer(_path, _logger, _gate);
            return _statements;
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            throw new StorageUnavailableException($"Cannot open the SQLite state file '{_path}' (Storage:SqlitePath): {ex.Message}", ex);
        }
    }

    private StorageUnavailableException Unavailable(SqliteException ex) =>
        new($"The SQLite state file '{_path}' failed: {ex.Message}", ex);
}
