using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace BotService.Benchmarks;

/// <summary>
/// What <c>bot-cpu</c> and <c>adapter-cpu</c> share: the real host's Program with its storage in a temporary folder,
/// a warm-up, then process CPU, wall time and bytes allocated per turn over the measured conversations.
/// </summary>
internal static class ProductTurnMeter
{
    /// <param name="play">Plays the given number of conversations under the given run name; returns the turns played.</param>
    public static async Task MeasureAsync(
        string provider, int warmup, int conversations, bool showTypes, Func<ProductHost, Func<int, string, Task<int>>> play)
    {
        var folder = Directory.CreateTempSubdirectory("botservice-turncpu-").FullName;
        try
        {
            await using var host = new ProductHost(new Dictionary<string, string?>
            {
                ["Storage:Provider"] = provider,
                ["Storage:SqlitePath"] = Path.Combine(folder, "botstate.db"),
                ["DirectLine:SqlitePath"] = Path.Combine(folder, "directline.db"),
                ["RateLimits:Enabled"] = "false",
                ["Logging:LogLevel:Default"] = "Warning",
            });
            var run = play(host);
            await run(warmup, "warmup");
            GC.Collect();
            var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var bytesBefore = GC.GetTotalAllocatedBytes(precise: true);
            var gen0Before = GC.CollectionCount(0);
            var wall = Stopwatch.StartNew();
            int turns;
            using (var types = showTypes ? new AllocationTypes() : null)
            {
                turns = await run(conversations, "run");
                types?.Print(Console.Out, 40);
            }

            wall.Stop();
            var bytes = GC.GetTotalAllocatedBytes(precise: true) - bytesBefore;
            process.Refresh();
            var cpu = process.TotalProcessorTime - cpuBefore;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{provider,-7} conversations={conversations} turns={turns} cpu/turn={cpu.TotalMicroseconds / turns:F1} us  wall/turn={wall.Elapsed.TotalMicroseconds / turns:F1} us  alloc/turn={bytes / 1024.0 / turns:F1} KB  gen0 GCs={GC.CollectionCount(0) - gen0Before}  load={File.ReadAllText("/proc/loadavg").Trim()}{(showTypes ? "  (CPU includes the allocation listener)" : "")}"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The real host's Program on ASP.NET Core's in-memory test server, settings layered over appsettings.json.</summary>
    internal sealed class ProductHost(IDictionary<string, string?> settings) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(settings));
        }
    }
}
