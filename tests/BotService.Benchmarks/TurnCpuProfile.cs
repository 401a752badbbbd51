using System.Diagnostics;
using System.Globalization;

namespace BotService.Benchmarks;

/// <summary>
/// The same turn as <see cref="TurnBenchmarks"/>, measured as CPU time per turn (process CPU, all threads) and
/// bytes allocated per turn over many turns. On a shared, loaded machine wall-clock means say little; CPU time
/// per turn is the figure the design's "0.1 ms CPU per turn" budget is about.
/// Run: dotnet run -c Release --project tests/BotService.Benchmarks -- turn-cpu [turns] [Memory|Sqlite|Postgres]
/// </summary>
public static class TurnCpuProfile
{
    public static async Task RunAsync(int turns, string? only = null)
    {
        foreach (var provider in new[] { "Memory", "Sqlite", "Postgres" }.Where(p => only is null || p == only))
        {
            var bench = new TurnBenchmarks { Provider = provider };
            await bench.SetupAsync();
            for (var i = 0; i < 2000; i++)
            {
                await bench.TurnAsync();
            }

            GC.Collect();
            var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var bytesBefore = GC.GetTotalAllocatedBytes(precise: true);
            var wall = Stopwatch.StartNew();
            for (var i = 0; i < turns; i++)
            {
                await bench.TurnAsync();
            }

            wall.Stop();
            var bytes = GC.GetTotalAllocatedBytes(precise: true) - bytesBefore;
            process.Refresh();
            var cpu = process.TotalProcessorTime - cpuBefore;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{provider,-9} turns={turns} cpu/turn={cpu.TotalMicroseconds / turns:F1} us  wall/turn={wall.Elapsed.TotalMicroseconds / turns:F1} us  alloc/turn={bytes / 1024.0 / turns:F2} KB"));
            await bench.CleanupAsync();
        }
    }
}
