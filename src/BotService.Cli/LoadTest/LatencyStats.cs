using System.Diagnostics;

namespace BotService.Cli.LoadTest;

/// <summary>Turn latencies (Stopwatch ticks) merged from every worker; percentiles by nearest rank.</summary>
public sealed class LatencyStats
{
    private readonly long[] _sorted;

    public LatencyStats(IEnumerable<long> ticks)
    {
        _sorted = [.. ticks];
        Array.Sort(_sorted);
    }

    public int Count => _sorted.Length;

    public double PercentileMilliseconds(double percentile)
    {
        if (_sorted.Length == 0)
        {
            return 0;
        }

        var rank = (int)Math.Ceiling(percentile / 100.0 * _sorted.Length);
        return ToMilliseconds(_sorted[Math.Clamp(rank - 1, 0, _sorted.Length - 1)]);
    }

    public double MaxMilliseconds => _sorted.Length == 0 ? 0 : ToMilliseconds(_sorted[^1]);

    private static double ToMilliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
