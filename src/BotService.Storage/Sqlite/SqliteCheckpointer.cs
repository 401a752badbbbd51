using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace BotService.Storage.Sqlite;

/// <summary>
/// Copies the WAL into the database file on its own thread and connection. A checkpoint fsyncs the WAL and then the
/// file (1-6 ms on this machine's disk). Left to SQLite, the turn whose commit crossed 1,000 WAL pages ran it while
/// holding the storage's gate, so every turn in flight waited behind it. Here turns only count their commits; the
/// turn connection keeps a far larger automatic threshold as a backstop, which then finds little left to copy.
/// Passive checkpoints never wait for readers or writers, so turns go on meanwhile. After an erasure the WAL must be
/// emptied (<see cref="TruncateAfterErasure"/>); when a reader prevents that, this thread retries until it succeeds.
/// <para>
/// A passive checkpoint under steady writes never quite catches up: commits land while it copies, so no writer ever
/// finds the WAL fully copied, which is when SQLite starts it again from the beginning. The WAL then grew to the
/// backstop and the commit that crossed it copied thousands of pages with the gate held (15-20 ms every 350 ms under
/// the Direct Line load, most of its p99). So once the WAL passes <see cref="CatchUpPages"/>, this thread takes the
/// owner's gate for a second passive checkpoint that copies only what arrived during the first (its two fsyncs, a few
/// milliseconds, are then the one time turns wait for a checkpoint); the next commit then restarts the WAL. It does so
/// even when the first copied everything: commits landed after it ended, and only the gate makes one begin before any.
/// </para>
/// </summary>
public sealed class SqliteCheckpointer : IDisposable
{
    /// <summary>Commits between checkpoints while turns keep writing.</summary>
    public const int CommitsPerCheckpoint = 200;

    /// <summary>
    /// WAL pages after which a committing connection checkpoints by itself: only a backstop, for when this thread
    /// cannot keep up (SQLite's default is 1,000). Set it on the writing connection with <c>PRAGMA wal_autocheckpoint</c>.
    /// </summary>
    public const int BackstopCheckpointPages = 10_000;

    /// <summary>WAL pages after which a checkpoint finishes under the owner's gate, well before the backstop.</summary>
    public const int CatchUpPages = 4_000;

    /// <summary>The longest a commit waits for a checkpoint when writes stop, and the retry delay of a blocked erasure.</summary>
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(1);

    private readonly string _connectionString;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim? _ownerGate;
    private readonly Thread _thread;
    private readonly object _signal = new();
    private readonly Lock _checkpointing = new();
    private readonly CancellationTokenSource _stop = new();
    private bool _signalled;
    private volatile bool _stopping;
    private volatile bool _truncatePending;
    private long _commits;
    private int _commitsSinceSignal;
    private bool _failureLogged;

    /// <param name="ownerGate">
    /// The gate the owner holds for every read and write on its connection (and while calling <see cref="Committed"/> and
    /// <see cref="TruncateAfterErasure"/>): taken to finish a checkpoint when the WAL grows long. Null: never taken.
    /// </param>
    public SqliteCheckpointer(string path, ILogger logger, SemaphoreSlim? ownerGate = null)
    {
        _ownerGate = ownerGate;
        // ReadWrite, not ReadWriteCreate: a state file moved away must not be re-created empty by this thread. A short
        // timeout: Microsoft.Data.Sqlite retries a busy statement until it runs out, and Dispose waits for this thread.
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWrite, Pooling = false, DefaultTimeout = 1 }.ConnectionString;
        _logger = logger;
        _thread = new Thread(Run) { IsBackground = true, Name = "SQLite checkpoints" };
        _thread.Start();
    }

    /// <summary>Called after each commit, under the writer's lock (so the counters need no lock of their own).</summary>
    public void Committed()
    {
        Interlocked.Increment(ref _commits);
        if (++_commitsSinceSignal >= CommitsPerCheckpoint)
        {
            _commitsSinceSignal = 0;
            Signal();
        }
    }

    /// <summary>
    /// Empties the WAL after an erasure, so older images of the erased pages leave the disk. The truncate runs on the
    /// caller's (writing) <paramref name="connection"/>, never beside this thread's checkpoint (which would make it fail
    /// at once); if it is blocked all the same (another process reading), this thread retries every second until it succeeds.
    /// </summary>
    public void TruncateAfterErasure(SqliteConnection connection)
    {
        lock (_checkpointing)
        {
            bool truncated;
            try
            {
                truncated = !RunCheckpoint(connection, "TRUNCATE").Busy;
            }
            catch
            {
                // A failed truncate is retried like a blocked one; the caller still sees the error.
                _truncatePending = true;
                Signal();
                throw;
            }

            if (truncated)
            {
                _truncatePending = false;
                return;
            }

            _truncatePending = true;
        }

        SqliteLog.ErasureCheckpointBlocked(_logger);
        Signal();
    }

    public void Dispose()
    {
        _stopping = true;
        _stop.Cancel();
        Signal();
        if (_thread.Join(TimeSpan.FromSeconds(10)))
        {
            _stop.Dispose();
        }
    }

    private void Signal()
    {
        lock (_signal)
        {
            _signalled = true;
            Monitor.Pulse(_signal);
        }
    }

    private void Run()
    {
        SqliteConnection? connection = null;
        var checkpointedAt = 0L;
        try
        {
            while (!_stopping)
            {
                WaitForSignal();
                var commits = Interlocked.Read(ref _commits);
                if (_stopping || (commits == checkpointedAt && !_truncatePending))
                {
                    continue;
                }

                try
                {
                    connection ??= Open();
                    if (Checkpoint(connection))
                    {
                        checkpointedAt = commits;
                    }
                }
                catch (Exception ex)
                {
                    // Busy or a failing file: the backstop still checkpoints, and turns report a failing file
                    // themselves. An exception escaping this thread would end the process.
                    LogFailureOnce(ex);
                    connection?.Dispose();
                    connection = null;
                }
            }
        }
        finally
        {
            connection?.Dispose();
        }
    }

    /// <summary>True when every WAL frame reached the file (a reader or another process's checkpoint can prevent it).</summary>
    private bool Checkpoint(SqliteConnection connection)
    {
        lock (_checkpointing)
        {
            var truncate = _truncatePending;
            var (busy, walPages, copiedPages) = RunCheckpoint(connection, truncate ? "TRUNCATE" : "PASSIVE");
            if (truncate && !busy)
            {
                _truncatePending = false;
            }

            if (busy || walPages < CatchUpPages || _ownerGate is null)
            {
                return !busy && walPages == copiedPages;
            }
        }

        return CatchUp(connection);
    }

    /// <summary>
    /// Copies what the last checkpoint missed with the owner's gate held, so no commit lands meanwhile. The gate is
    /// taken before <c>_checkpointing</c>, in the order an erasure takes them.
    /// </summary>
    private bool CatchUp(SqliteConnection connection)
    {
        // Queued once as an asynchronous waiter, which a release hands the gate to directly, in turn with the owner's
        // waiters; a synchronous waiter is only woken, and a busy owner that releases and takes the gate again in a loop
        // would take it first every time. Dispose cancels the wait.
        try
        {
            _ownerGate!.WaitAsync(_stop.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            return false;
        }

        try
        {
            lock (_checkpointing)
            {
                var (busy, walPages, copiedPages) = RunCheckpoint(connection, "PASSIVE");
                return !busy && walPages == copiedPages;
            }
        }
        finally
        {
            _ownerGate.Release();
        }
    }

    /// <summary>Runs a checkpoint and reads its row: blocked, pages in the WAL, pages copied into the file.</summary>
    private static (bool Busy, long WalPages, long CopiedPages) RunCheckpoint(SqliteConnection connection, string mode)
    {
        using var checkpoint = connection.CreateCommand();
        checkpoint.CommandText = $"PRAGMA wal_checkpoint({mode})";
        using var row = checkpoint.ExecuteReader();
        return row.Read() ? (row.GetInt64(0) != 0, row.GetInt64(1), row.GetInt64(2)) : (true, 0, 0);
    }

    private void WaitForSignal()
    {
        lock (_signal)
        {
            if (!_signalled)
            {
                Monitor.Wait(_signal, MaxDelay);
            }

            _signalled = false;
        }
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    private void LogFailureOnce(Exception ex)
    {
        if (!_failureLogged)
        {
            _failureLogged = true;
            SqliteLog.BackgroundCheckpointFailed(_logger, ex.GetType().Name, (ex as SqliteException)?.SqliteErrorCode ?? 0);
        }
    }
}
