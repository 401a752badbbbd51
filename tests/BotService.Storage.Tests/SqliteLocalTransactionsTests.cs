using BotService.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace BotService.Storage.Tests;

public sealed class SqliteLocalTransactionsTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("botservice-tx-").FullName;
    private readonly SqliteConnection _connection;
    private readonly SqliteLocalTransactions _transactions;

    public SqliteLocalTransactionsTests()
    {
        SqliteRuntime.EnsureInitialized();
        _connection = new SqliteConnection($"Data Source={Path.Combine(_directory, "t.db")};Pooling=False");
        _connection.Open();
        Execute("CREATE TABLE t (v INTEGER)");
        _transactions = new SqliteLocalTransactions(_connection);
    }

    [Fact]
    public void KeepsWhatACommittedScopeWrote()
    {
        using (var scope = _transactions.Begin(immediate: true))
        {
            Execute("INSERT INTO t VALUES (1)");
            scope.Commit();
        }

        Assert.Equal(1L, Count());
    }

    [Fact]
    public void UndoesWhatAScopeWroteWhenItIsDisposedWithoutCommit()
    {
        using (_transactions.Begin(immediate: true))
        {
            Execute("INSERT INTO t VALUES (1)");
        }

        Assert.Equal(0L, Count());
        Execute("INSERT INTO t VALUES (2)");
        Assert.Equal(1L, Count());
    }

    [Fact]
    public void RollsBackQuietlyWhenTheTransactionHasAlreadyEnded()
    {
        using var scope = _transactions.Begin(immediate: false);
        Execute("INSERT INTO t VALUES (1)");
        Execute("ROLLBACK");
        scope.Rollback();
        Assert.Equal(0L, Count());
    }

    [Fact]
    public void TreatsTheDefaultScopeAsNoTransaction()
    {
        using var none = default(SqliteLocalTransactions.Scope);
        Execute("INSERT INTO t VALUES (1)");
        none.Commit();
        none.Rollback();
        Assert.Equal(1L, Count());
    }

    public void Dispose()
    {
        _transactions.Dispose();
        _connection.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private long Count()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM t";
        return (long)command.ExecuteScalar()!;
    }
}
