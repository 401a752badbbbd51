using Npgsql;

namespace BotService.DirectLine.Storage;

/// <summary>
/// A session advisory lock on the conversation, held on its own pooled connection for the length of one turn. Other
/// instances asking for the same conversation wait in PostgreSQL; a crashed holder's lock goes with its connection.
/// </summary>
internal sealed class PostgresTurnHold : IAsyncDisposable
{
    // Keys of this application's advisory locks are hashed with this seed, apart from any other user of the database.
    private const long Seed = 7263590143;

    // A turn is seconds at most; waiting longer means a stuck holder, and the post is answered with an error instead.
    private const int WaitSeconds = 30;

    private readonly NpgsqlConnection _connection;
    private readonly string _conversationId;

    private PostgresTurnHold(NpgsqlConnection connection, string conversationId)
    {
        _connection = connection;
        _conversationId = conversationId;
    }

    public static async Task<IAsyncDisposable> TakeAsync(NpgsqlDataSource dataSource, string conversationId, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(hashtextextended($1, $2))", connection) { CommandTimeout = WaitSeconds };
            command.Parameters.Add(new() { Value = conversationId });
            command.Parameters.Add(new() { Value = Seed });
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return new PostgresTurnHold(connection, conversationId);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(hashtextextended($1, $2))", _connection);
            command.Parameters.Add(new() { Value = _conversationId });
            command.Parameters.Add(new() { Value = Seed });
            await command.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
        {
            // The connection is gone, and the session's lock with it; a pooled connection is reset when returned.
        }
        finally
        {
            await _connection.DisposeAsync().ConfigureAwait(false);
        }
    }
}
