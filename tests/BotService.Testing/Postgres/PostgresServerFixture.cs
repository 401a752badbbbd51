using System.Collections.Concurrent;
using Xunit;

namespace BotService.Testing.Postgres;

/// <summary>
/// An xunit fixture owning one <see cref="PostgresServer"/>: use it as a collection fixture (one server for
/// several test classes) or a class fixture. <see cref="DatabaseForAsync"/> gives each test class its own
/// database, created on first use.
/// </summary>
public sealed class PostgresServerFixture : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _databases = new(StringComparer.Ordinal);
    private PostgresServer? _server;

    public PostgresServer Server => _server ?? throw new InvalidOperationException("The PostgreSQL fixture has not started.");

    public async Task InitializeAsync() => _server = await PostgresServer.StartAsync().ConfigureAwait(false);

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>The connection string of the database for <paramref name="owner"/> (one per test class).</summary>
    public Task<string> DatabaseForAsync(Type owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var name = new string(owner.Name.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '_').ToArray());
        name = name.Length > 50 ? name[..50] : name;
        return _databases.GetOrAdd(name, n => new Lazy<Task<string>>(() => Server.CreateDatabaseAsync("t_" + n))).Value;
    }

    public Task<string> DatabaseForAsync<TOwner>() => DatabaseForAsync(typeof(TOwner));
}
