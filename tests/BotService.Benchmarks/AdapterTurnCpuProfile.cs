extern alias cli;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using BotService.Protocol;
using BotService.Protocol.Hosting;
using BotService.Protocol.Schema;
using cli::BotService.Cli.LoadTest;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BotService.Benchmarks;

/// <summary>
/// The product turn without HTTP: the real host's adapter, middleware, bot, dialogs, triage, content and state,
/// fed the load tool's conversations on one thread. The activity is parsed from the same bytes the load tool posts
/// and the expectReplies body serialised as the endpoint does, every reply checked. Without Kestrel, sockets and a
/// test client it shows what the bot itself spends per turn, and a profiler sees one coherent call stack.
/// Run: dotnet run -c Release --project tests/BotService.Benchmarks -- adapter-cpu [conversations] [Memory|Sqlite] [types]
/// </summary>
public static class AdapterTurnCpuProfile
{
    public static async Task RunAsync(int conversations, string provider, bool showTypes = false)
    {
        var folder = Directory.CreateTempSubdirectory("botservice-adaptercpu-").FullName;
        try
        {
            await using var host = new ServicesOnlyHost(new Dictionary<string, string?>
            {
                ["Storage:Provider"] = provider,
                ["Storage:SqlitePath"] = Path.Combine(folder, "botstate.db"),
                ["DirectLine:SqlitePath"] = Path.Combine(folder, "directline.db"),
                ["RateLimits:Enabled"] = "false",
                ["Logging:LogLevel:Default"] = "Warning",
            });
            var adapter = host.Services.GetRequiredService<CloudAdapter>();
            var bot = host.Services.GetRequiredService<IBot>();
            await PlayAsync(adapter, bot, Math.Max(1000, conversations / 2), "warmup");
            GC.Collect();
            var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var bytesBefore = GC.GetTotalAllocatedBytes(precise: true);
            var wall = Stopwatch.StartNew();
            using var types = showTypes ? new AllocationTypes() : null;
            var turns = await PlayAsync(adapter, bot, conversations, "run");
            types?.Print(Console.Out, 40);
            wall.Stop();
            var bytes = GC.GetTotalAllocatedBytes(precise: true) - bytesBefore;
            process.Refresh();
            var cpu = process.TotalProcessorTime - cpuBefore;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{provider,-7} conversations={conversations} turns={turns} cpu/turn={cpu.TotalMicroseconds / turns:F1} us  wall/turn={wall.Elapsed.TotalMicroseconds / turns:F1} us  alloc/turn={bytes / 1024.0 / turns:F1} KB  gen0 GCs={GC.CollectionCount(0)}  load={File.ReadAllText("/proc/loadavg").Trim()}"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<int> PlayAsync(CloudAdapter adapter, IBot bot, int conversations, string run)
    {
        var turns = 0;
        var start = DateTimeOffset.UtcNow;
        for (var c = 0; c < conversations; c++)
        {
            var script = TriageScripts.All[c % TriageScripts.All.Count];
            var conversationId = $"adapter-{run}-{c}";
            for (var t = 0; t < script.Turns.Count; t++)
            {
                var body = ActivityBody.Write(script.Turns[t], conversationId, $"user-{run}-{c}", t, start);
                var activity = JsonSerializer.Deserialize<BotService.Protocol.Schema.Activity>(body, BotJson.Options)!;
                var result = await adapter.ProcessActivityAsync(null, activity, bot.OnTurnAsync, CancellationToken.None).ConfigureAwait(false);
                var reply = result.Body is null ? [] : JsonSerializer.SerializeToUtf8Bytes(result.Body, BotJson.Options);
                var expected = t == script.Turns.Count - 1 ? script.ExpectedDisposition : null;
                if (ReplyChecker.Check((HttpStatusCode)result.Status, reply, expected) is { } problem)
                {
                    throw new InvalidOperationException($"{script.Name} turn {t}: {problem}");
                }

                turns++;
            }
        }

        return turns;
    }

    /// <summary>The real host's Program, used only for its services; no request goes through the test server.</summary>
    private sealed class ServicesOnlyHost(IDictionary<string, string?> settings) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(settings));
        }
    }
}
