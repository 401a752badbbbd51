using BotService.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace BotService.DirectLine.Storage;

/// <summary>
/// The log's one connection, for writes and reads alike: opened on first use with its settings and the schema,
/// reopened after a failing file, closed only by <see cref="Dispose"/>, which waits for the work in progress. One
/// connection keeps its page cache and prepared statements warm (its own commits do not invalidate them), where a
/// pooled reader found its cache stale after every commit and read the pages back from the file.
/// </summary>
public sealed partial class SqliteActivityLog
{
    /// <summary>One operation at a time on the connection, read or write.</summary>
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private Statements? _writer;
    private SqliteCheckpointer? _checkpointer;
    private bool _disposed;

    public void Dispose()
    {
        var held = _writeLock.Wait(TimeSpan.FromSeconds(10));
        try
        {
            _disposed = true;
            _checkpointer?.Dispose();
            _writer?.Dispose();
            _writer = null;
        }
        finally
        {
            if (held)
            {
                _writeLock.Release();
            }
        }
    }

    private Task<T> WriteAsync<T>(Func<Statements, Task<T>> work, CancellationToken cancellationToken) => UseAsync(work, writes: true, cancellationToken);

    private Task<T> QueryAsync<T>(Func<Statements, Task<T>> work, CancellationToken cancellationToken) => UseAsync(work, writes: false, cancellationToken);

    private async Task<T> UseAsync<T>(Func<Statements, Task<T>> work, bool writes, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _writer ??= await OpenWriterAsync(cancellationToken).ConfigureAwait(false);
            var result = await work(_writer).ConfigureAwait(false);
            if (writes)
            {
                _checkpointer!.Committed();
            }

            return result;
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode != SQLitePCL.raw.SQLITE_CONSTRAINT)
        {
            // A failing file (not a broken constraint): the next read or write starts from a fresh connection, which
            // creates the schema again if it has to.
            _writer?.Dispose();
            _writer = null;
            throw;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task<Statements> OpenWriterAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder(_connectionString) { Pooling = false }.ToString());
        bool moved;
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            // WAL with synchronous=NORMAL survives process crashes; only a power cut can lose the last commits. secure_delete
            // overwrites deleted rows (expiry, "delete my data") so that people's words do not linger in free pages.
            using var pragma = Command(connection, "PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL; " +
                $"PRAGMA secure_delete = ON; PRAGMA wal_autocheckpoint = {SqliteCheckpointer.BackstopCheckpointPages};");
            await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            moved = await CreateSchemaAsync(connection, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        _checkpointer ??= new SqliteCheckpointer(_path, _logger, _writeLock);
        if (moved)
        {
            DirectLineLog.LogLayoutMoved(_logger);
            _checkpointer.TruncateAfterErasure(connection);
        }

        return new Statements(connection);
    }
}
