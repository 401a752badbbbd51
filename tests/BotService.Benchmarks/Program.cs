using System.Globalization;
using BenchmarkDotNet.Running;

namespace BotService.Benchmarks;

public static class BenchmarkProgram
{
    public static async Task Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "turn-cpu")
        {
            await TurnCpuProfile.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20000, args.Length > 2 ? args[2] : null);
            return;
        }

        if (args.Length > 0 && args[0] == "bot-cpu")
        {
            await BotTurnCpuProfile.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3000, args.Length > 2 ? args[2] : "Sqlite", args.Length > 3 && args[3] == "types");
            return;
        }

        if (args.Length > 0 && args[0] == "adapter-cpu")
        {
            // The fourth argument is "types" (allocations by type) or a number of warm-up conversations.
            var fourth = args.Length > 3 ? args[3] : null;
            await AdapterTurnCpuProfile.RunAsync(
                args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5000,
                args.Length > 2 ? args[2] : "Sqlite",
                fourth == "types",
                int.TryParse(fourth, NumberStyles.None, CultureInfo.InvariantCulture, out var warmup) ? warmup : null);
            return;
        }

        if (args.Length > 0 && args[0] == "kestrel-floor")
        {
            await KestrelFloor.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 39791, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1500);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
    }
}
