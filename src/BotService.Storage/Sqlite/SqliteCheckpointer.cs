using Microsoft.Data.Sqlite;

namespace BotService.Storage.Sqlite;

/// <summary>
/// Copies the WAL into the database file on its own thread and connection. A checkpoint fsyncs the WAL and then the
/// file (1-6 ms on this machine's disk). Left to SQLite, the turn whose commit crossed 1,000 WAL pages ran it while
/// holding the storage's gate, so every turn in flight waited behind it. Here turns only count their commits; the
/// turn connection keeps a far larger automatic threshold as a backstop, which then finds little left to copy.
/// Passive checkpoints never wait for readers or writers, so turns go on meanwhile.
/// </summary>
internal sealed class SqliteCheckpointer : IDisposable
{
    /// <summary>Commits between checkpoints while turns keep writing.</summary>
    public const int CommitsPerCheckpoint = 200;

    /// <summary>How soon the last commits of a quiet spell reach the file.</summary>
    private static readonly TimeSpan IdleCheckpointDelay = TimeSpan.FromSeconds(1);

    private readonly string _connectionString;
    private readonly AutoResetEvent _due = new(false);
    private readonly Thread _thread;
    private volatile bool _stopping;
    private long _commits;
    private int _commitsSinceSignal;
    private long _completed;

    public SqliteCheckpointer(string connectionString)
    {
        _connectionString = connectionString;
        _thread = new Thread(Run) { IsBackground = true, Name = "SQLite checkpoints" };
        _thread.Start();
    }

    /// <summary>How many checkpoints this instance has completed (for tests and diagnostics).</summary>
    public long Completed => Interlocked.Read(ref _completed);

    /// <summary>Called after each commit, under the storage's gate (so the counters need no lock of their own).</summary>
    public void Committed()
    {
        Interlocked.Increment(ref _commits);
        if (++_commitsSinceSignal >= CommitsPerCheckpoint)
        {
            _commitsSinceSignal = 0;
            _due.Set();
        }
    }

    public void Dispose()
    {
        _stopping = true;
        _due.Set();
        _thread.Join(TimeSpan.FromSeconds(10));
        _due.Dispose();
    }

    private void Run()
    {
        SqliteConnection? connection = null;
        var checkpointedAt = 0L;
        try
        {
            while (true)
            {
                _due.WaitOne(IdleCheckpointDelay);
                var commits = Interlocked.Read(ref _commits);
                if (_stopping)
                {
                    return;
                }

                if (commits == checkpointedAt)
                {
                    continue;
                }

                try
                {
                    connection ??= Open();
                    using var checkpoint = connection.CreateCommand();
                    checkpoint.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
                    checkpoint.ExecuteNonQuery();
                    checkpointedAt = commits;
                    Interlocked.Increment(ref _completed);
                }
                catch (Exception)
                {
                    // Busy, or the file is failing: the turn connection's backstop still checkpoints, and the turns
                    // themselves report a failing file. An exception escaping this thread would end the process.
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

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }
}
