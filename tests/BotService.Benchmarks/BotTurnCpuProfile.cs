extern alias cli;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using cli::BotService.Cli.LoadTest;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace BotService.Benchmarks;

/// <summary>
/// The whole product turn in one process: the real host (its Program, middleware, dialogs, triage, content and
/// state) on ASP.NET Core's in-memory test server, fed the load tool's triage conversations one turn at a time, every
/// reply checked. Reports process CPU time and bytes allocated per turn. Without sockets and without a second
/// process it isolates what the host itself spends per turn from the kernel's loopback work the load tool also pays,
/// and a profiler attached to it sees only the host. Run:
/// dotnet run -c Release --project tests/BotService.Benchmarks -- bot-cpu [conversations] [Memory|Sqlite] [types]
/// </summary>
public static class BotTurnCpuProfile
{
    /// <param name="showTypes">Also print which types take the allocated bytes (sampled by the runtime, about every 100 KB).</param>
    public static async Task RunAsync(int conversations, string provider, bool showTypes = false)
    {
        var folder = Directory.CreateTempSubdirectory("botservice-botcpu-").FullName;
        try
        {
            await using var host = new InMemoryHost(new Dictionary<string, string?>
            {
                ["Storage:Provider"] = provider,
                ["Storage:SqlitePath"] = Path.Combine(folder, "botstate.db"),
                ["DirectLine:SqlitePath"] = Path.Combine(folder, "directline.db"),
                ["RateLimits:Enabled"] = "false",
                ["Logging:LogLevel:Default"] = "Warning",
            });
            using var client = host.CreateClient();
            await PlayAsync(client, Math.Max(200, conversations / 5), "warmup");
            GC.Collect();
            var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var bytesBefore = GC.GetTotalAllocatedBytes(precise: true);
            var wall = Stopwatch.StartNew();
            using var types = showTypes ? new AllocationTypes() : null;
            var turns = await PlayAsync(client, conversations, "run");
            types?.Print(Console.Out, 40);
            wall.Stop();
            var bytes = GC.GetTotalAllocatedBytes(precise: true) - bytesBefore;
            process.Refresh();
            var cpu = process.TotalProcessorTime - cpuBefore;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{provider,-7} conversations={conversations} turns={turns} cpu/turn={cpu.TotalMicroseconds / turns:F1} us  wall/turn={wall.Elapsed.TotalMicroseconds / turns:F1} us  alloc/turn={bytes / 1024.0 / turns:F1} KB  load={File.ReadAllText("/proc/loadavg").Trim()}"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<int> PlayAsync(HttpClient client, int conversations, string run)
    {
        var turns = 0;
        var start = DateTimeOffset.UtcNow;
        for (var c = 0; c < conversations; c++)
        {
            var script = TriageScripts.All[c % TriageScripts.All.Count];
            var conversationId = $"bench-{run}-{c}";
            for (var t = 0; t < script.Turns.Count; t++)
            {
                var body = ActivityBody.Write(script.Turns[t], conversationId, $"user-{run}-{c}", t, start);
                using var content = new ByteArrayContent(body);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content).ConfigureAwait(false);
                var reply = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
                var expected = t == script.Turns.Count - 1 ? script.ExpectedDisposition : null;
                if (ReplyChecker.Check(response.StatusCode, reply, expected) is { } problem)
                {
                    throw new InvalidOperationException($"{script.Name} turn {t}: {problem}");
                }

                turns++;
            }
        }

        return turns;
    }

    /// <summary>The real host's Program on the in-memory test server, with settings layered over appsettings.json.</summary>
    private sealed class InMemoryHost(IDictionary<string, string?> settings) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(settings));
        }
    }
}
