using System.Data;
using Npgsql;

namespace BotService.DirectLine.Storage;

/// <summary>
/// A session advisory lock on the conversation, held on its own pooled connection for the length of one turn. Other
/// instances asking for the same conversation wait in PostgreSQL; a crashed holder's lock goes with its connection.
/// The log's pool does not reset connections, so the lock is always released before the connection goes back, and a
/// connection that cannot be shown free of it is discarded instead.
/// </summary>
internal sealed class PostgresTurnHold : IAsyncDisposable
{
    // Keys of this application's advisory locks are hashed with this seed, apart from any other user of the database.
    private const long Seed = 7263590143;

    // A turn is seconds at most; waiting longer means a stuck holder, and the post is answered with an error instead.
    private const int WaitSeconds = 30;

    private readonly NpgsqlDataSource _dataSource;
    private readonly NpgsqlConnection _connection;
    private readonly string _conversationId;

    private PostgresTurnHold(NpgsqlDataSource dataSource, NpgsqlConnection connection, string conversationId)
    {
        _dataSource = dataSource;
        _connection = connection;
        _conversationId = conversationId;
    }

    public static async Task<IAsyncDisposable> TakeAsync(NpgsqlDataSource dataSource, string conversationId, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var command = LockCommand("pg_advisory_lock", connection, conversationId);
            command.CommandTimeout = WaitSeconds;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return new PostgresTurnHold(dataSource, connection, conversationId);
        }
        catch
        {
            // Cancelled or timed out, the wait may still have ended with the lock taken.
            await ReleaseAsync(dataSource, connection, new NpgsqlCommand("SELECT pg_advisory_unlock_all()", connection)).ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync() =>
        await ReleaseAsync(_dataSource, _connection, LockCommand("pg_advisory_unlock", _connection, _conversationId)).ConfigureAwait(false);

    private static NpgsqlCommand LockCommand(string function, NpgsqlConnection connection, string conversationId) =>
        new($"SELECT {function}(hashtextextended($1, $2))", connection)
        {
            Parameters = { new() { Value = conversationId }, new() { Value = Seed } },
        };

    private static async Task ReleaseAsync(NpgsqlDataSource dataSource, NpgsqlConnection connection, NpgsqlCommand release)
    {
        try
        {
            await using (release)
            {
                await release.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
        {
            // A broken connection took its session's lock with it, and the pool discards it. A live one might still hold
            // the lock, so the pool must not hand it out again: Clear closes it when it is returned (and the idle ones
            // now, a rare cost).
            if (connection.State == ConnectionState.Open)
            {
                dataSource.Clear();
            }
        }
        finally
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }
}
