using System.Diagnostics;
using System.Net;
using Npgsql;

namespace BotService.Testing.Postgres;

/// <summary>
/// A real, throw-away PostgreSQL server for tests: a temp data directory, <c>initdb</c> with trust auth, and a
/// server on a free loopback port with its unix socket inside the temp directory. PostgreSQL refuses to run as
/// root, so under root the binaries run as the <c>postgres</c> OS user (which the Debian package creates) via
/// <c>runuser</c>; as any other user they run directly. <see cref="DisposeAsync"/> stops the server and deletes
/// the directory. Start one with <see cref="StartAsync"/>, or share one per test collection with
/// <see cref="PostgresServerFixture"/>.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private const string OsUser = "postgres";
    private readonly string _binDirectory;
    private readonly string _root;
    private readonly bool _asPostgresUser;
    private int _disposed;

    private PostgresServer(string binDirectory, string root, bool asPostgresUser, int port)
    {
        _binDirectory = binDirectory;
        _root = root;
        _asPostgresUser = asPostgresUser;
        Port = port;
    }

    public int Port { get; }

    public string DataDirectory => Path.Combine(_root, "data");

    /// <summary>A connection string to the <c>postgres</c> maintenance database (superuser <c>postgres</c>, no password).</summary>
    public string ConnectionString => ConnectionStringFor("postgres");

    public string ConnectionStringFor(string database) => ConnectionStringFor(Port, database);

    /// <summary>A connection string to <paramref name="database"/> on loopback <paramref name="port"/> as the <c>postgres</c> superuser.</summary>
    internal static string ConnectionStringFor(int port, string database) =>
        new NpgsqlConnectionStringBuilder
        {
            Host = IPAddress.Loopback.ToString(),
            Port = port,
            Username = OsUser,
            Database = database,
            Pooling = true,
            Timeout = 30,
            CommandTimeout = 60,
        }.ConnectionString;

    /// <summary>Initialises and starts a new server; throws with initdb/pg_ctl output when that fails.</summary>
    public static async Task<PostgresServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var bin = PostgresBinaries.Find();
        var asPostgresUser = Environment.UserName == "root";
        var root = PostgresProcess.CreateTempRoot(asPostgresUser ? OsUser : null);
        try
        {
            await PostgresProcess.RunAsync(asPostgresUser, Path.Combine(bin, "initdb"),
                ["-D", Path.Combine(root, "data"), "-U", OsUser, "--auth=trust", "--encoding=UTF8", "--no-sync", "--no-instructions"],
                cancellationToken).ConfigureAwait(false);
            for (var attempt = 1; ; attempt++)
            {
                var port = LoopbackPorts.Free();
                var server = new PostgresServer(bin, root, asPostgresUser, port);
                try
                {
                    await server.StartServerAsync(cancellationToken).ConfigureAwait(false);
                    PostgresServerRegistry.Track(server);
                    return server;
                }
                catch (InvalidOperationException) when (attempt < 3)
                {
                    // Most likely the port was taken between choosing it and binding it; pick another.
                }
            }
        }
        catch
        {
            PostgresProcess.DeleteDirectory(root);
            throw;
        }
    }

    /// <summary>Creates a new empty database and returns a connection string to it.</summary>
    public async Task<string> CreateDatabaseAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (!name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            throw new ArgumentException("Use letters, digits and underscores in a test database name.", nameof(name));
        }

        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name.ToLowerInvariant()}\"", connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return ConnectionStringFor(name.ToLowerInvariant());
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        try
        {
            await PostgresProcess.RunAsync(_asPostgresUser, Path.Combine(_binDirectory, "pg_ctl"),
                ["-D", DataDirectory, "-m", "immediate", "-w", "stop"], CancellationToken.None).ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
            // Already stopped (for example by a test that stops it on purpose); deleting the folder is what is left.
        }

        PostgresProcess.DeleteDirectory(_root);
        PostgresServerRegistry.Untrack(this);
    }

    /// <summary>Stops the server (fast shutdown: connections are cut) but keeps its data, to test an outage.</summary>
    public Task StopAsync(CancellationToken cancellationToken = default) =>
        PostgresProcess.RunAsync(_asPostgresUser, Path.Combine(_binDirectory, "pg_ctl"),
            ["-D", DataDirectory, "-m", "fast", "-w", "stop"], cancellationToken);

    /// <summary>Starts a server stopped by <see cref="StopAsync"/> again, on the same port with the same data.</summary>
    public Task RestartAsync(CancellationToken cancellationToken = default) => StartServerAsync(cancellationToken);

    /// <summary>Stops the server synchronously; used when the test process exits without disposing.</summary>
    internal void StopOnExit()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            PostgresProcess.RunBlocking(_asPostgresUser, Path.Combine(_binDirectory, "pg_ctl"), ["-D", DataDirectory, "-m", "immediate", "stop"]);
            PostgresProcess.DeleteDirectory(_root);
        }
    }

    private Task StartServerAsync(CancellationToken cancellationToken)
    {
        var socketDirectory = Path.Combine(_root, "sock");
        var serverOptions = string.Join(' ',
            $"-p {Port}", $"-k {socketDirectory}", "-c listen_addresses=127.0.0.1", "-c fsync=off",
            "-c synchronous_commit=off", "-c full_page_writes=off", "-c max_connections=200", "-c shared_buffers=32MB");
        return PostgresProcess.RunAsync(_asPostgresUser, Path.Combine(_binDirectory, "pg_ctl"),
            ["-D", DataDirectory, "-l", Path.Combine(_root, "server.log"), "-o", serverOptions, "-w", "-t", "120", "start"],
            cancellationToken);
    }

    /// <summary>The server log, for a failing test's message.</summary>
    public string ReadLog()
    {
        var path = Path.Combine(_root, "server.log");
        try
        {
            return File.Exists(path) ? File.ReadAllText(path) : string.Empty;
        }
        catch (IOException)
        {
            return string.Empty;
        }
    }

    internal static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It has already exited.
        }
    }
}
