using System.Globalization;

namespace BotService.Cli.LoadTest;

/// <summary>The figures of one measured run (warm-up excluded).</summary>
public sealed record LoadReport(
    int Conversations,
    int CompletedConversations,
    int Turns,
    int Errors,
    IReadOnlyList<string> FirstErrors,
    TimeSpan Elapsed,
    LatencyStats Latency,
    TimeSpan? HostCpu,
    long? HostPeakBytes,
    long? HostResidentBytes,
    string LoadAverageBefore,
    string LoadAverageAfter,
    bool TimedOut,
    TimeSpan? ToolCpu = null,
    TimeSpan? DatabaseCpu = null)
{
    public double TurnsPerSecond => Elapsed.TotalSeconds > 0 ? Turns / Elapsed.TotalSeconds : 0;

    public double? HostCpuMillisecondsPerTurn => HostCpu is { } cpu && Turns > 0 ? cpu.TotalMilliseconds / Turns : null;

    public void Print(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"conversations  {CompletedConversations}/{Conversations} completed{(TimedOut ? " (stopped at the time limit)" : string.Empty)}"));
        output.WriteLine(string.Create(c, $"turns          {Turns} in {Elapsed.TotalSeconds:0.00} s = {TurnsPerSecond:0.0} turns/s"));
        output.WriteLine(string.Create(c, $"latency ms     p50 {Latency.PercentileMilliseconds(50):0.00}  p95 {Latency.PercentileMilliseconds(95):0.00}  p99 {Latency.PercentileMilliseconds(99):0.00}  max {Latency.MaxMilliseconds:0.00}"));
        output.WriteLine(string.Create(c, $"errors         {Errors}"));
        foreach (var error in FirstErrors)
        {
            output.WriteLine($"  {error}");
        }

        if (HostCpuMillisecondsPerTurn is { } perTurn)
        {
            output.WriteLine(string.Create(c, $"host cpu       {HostCpu!.Value.TotalSeconds:0.00} s = {perTurn:0.000} ms/turn"));
        }

        if (ToolCpu is { } tool && Turns > 0)
        {
            // The tool shares the cores with the host: what it spends is CPU the host could not use.
            output.WriteLine(string.Create(c, $"tool cpu       {tool.TotalSeconds:0.00} s = {tool.TotalMilliseconds / Turns:0.000} ms/turn (this load tool, same cores)"));
        }

        if (DatabaseCpu is { } database && Turns > 0)
        {
            output.WriteLine(string.Create(c, $"database cpu   {database.TotalSeconds:0.00} s = {database.TotalMilliseconds / Turns:0.000} ms/turn (the server and its connection processes, same cores)"));
        }

        if (HostPeakBytes is { } peak && HostResidentBytes is { } rss)
        {
            output.WriteLine(string.Create(c, $"host memory    peak (VmHWM) {peak / 1048576.0:0.0} MB, resident now (VmRSS) {rss / 1048576.0:0.0} MB"));
        }

        output.WriteLine($"load average   before {LoadAverageBefore}, after {LoadAverageAfter} ({Environment.ProcessorCount} cores)");
    }
}
