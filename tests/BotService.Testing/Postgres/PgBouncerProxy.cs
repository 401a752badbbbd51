using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace BotService.Testing.Postgres;

/// <summary>
/// PgBouncer in transaction mode in front of a test server, as many managed PostgreSQL services offer it: clients
/// share a few server connections one transaction at a time, so nothing may rely on session state (prepared statement
/// names, SET, LISTEN, session locks) surviving from one transaction to the next.
/// </summary>
public sealed class PgBouncerProxy : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _root;
    private readonly string _database;

    private PgBouncerProxy(Process process, string root, int port, string database)
    {
        _process = process;
        _root = root;
        _database = database;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString => PostgresServer.ConnectionStringFor(Port, _database);

    /// <summary>
    /// Starts PgBouncer for <paramref name="database"/> with at most <paramref name="serverConnections"/> server
    /// connections, pooling by <paramref name="poolMode"/> (<c>transaction</c> or <c>session</c>).
    /// </summary>
    public static async Task<PgBouncerProxy> StartAsync(PostgresServer server, string database, int serverConnections, string poolMode = "transaction")
    {
        ArgumentNullException.ThrowIfNull(server);
        var program = new[] { "/usr/sbin/pgbouncer", "/usr/bin/pgbouncer" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("pgbouncer was not found; run scripts/install-test-deps.sh (installs the pgbouncer package).");
        var asPostgresUser = Environment.UserName == "root";
        var root = PostgresProcess.CreateTempRoot(asPostgresUser ? "postgres" : null);
        var port = LoopbackPorts.Free();
        var users = Path.Combine(root, "users.txt");
        await File.WriteAllTextAsync(users, "\"postgres\" \"\"\n").ConfigureAwait(false);
        var ini = Path.Combine(root, "pgbouncer.ini");
        await File.WriteAllTextAsync(ini, $"""
            [databases]
            {database} = host=127.0.0.1 port={server.Port} dbname={database}
            [pgbouncer]
            listen_addr = 127.0.0.1
            listen_port = {port}
            unix_socket_dir =
            auth_type = trust
            auth_file = {users}
            pool_mode = {poolMode}
            default_pool_size = {serverConnections}
            max_client_conn = 200
            logfile = {Path.Combine(root, "pgbouncer.log")}
            """).ConfigureAwait(false);
        var process = PostgresProcess.Start(asPostgresUser, program, [ini]);
        _ = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        var proxy = new PgBouncerProxy(process, root, port, database);
        for (var waited = Stopwatch.StartNew(); waited.Elapsed < TimeSpan.FromSeconds(20); await Task.Delay(50).ConfigureAwait(false))
        {
            if (process.HasExited)
            {
                break;
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port).ConfigureAwait(false);
                return proxy;
            }
            catch (SocketException)
            {
                // Not listening yet.
            }
        }

        await proxy.DisposeAsync().ConfigureAwait(false);
        throw new InvalidOperationException($"pgbouncer did not start: {(process.HasExited ? await errors.ConfigureAwait(false) : "no listener after 20 s")}");
    }

    public ValueTask DisposeAsync()
    {
        PostgresServer.Kill(_process);
        _process.Dispose();
        PostgresProcess.DeleteDirectory(_root);
        return ValueTask.CompletedTask;
    }
}
