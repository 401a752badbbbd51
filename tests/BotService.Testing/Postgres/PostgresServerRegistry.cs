using System.Collections.Concurrent;

namespace BotService.Testing.Postgres;

/// <summary>Stops servers a test run forgot to dispose when the test process exits, so none outlive it.</summary>
internal static class PostgresServerRegistry
{
    private static readonly ConcurrentDictionary<PostgresServer, byte> Servers = new();
    private static int _hooked;

    public static void Track(PostgresServer server)
    {
        if (Interlocked.Exchange(ref _hooked, 1) == 0)
        {
            AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            {
                foreach (var leftover in Servers.Keys)
                {
                    leftover.StopOnExit();
                }
            };
        }

        Servers.TryAdd(server, 0);
    }

    public static void Untrack(PostgresServer server) => Servers.TryRemove(server, out _);
}
