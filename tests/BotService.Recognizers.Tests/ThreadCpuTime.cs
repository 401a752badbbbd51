using System.Diagnostics;
using System.Globalization;

namespace BotService.Recognizers.Tests;

/// <summary>
/// CPU time the current thread has used, from Linux's /proc/thread-self/schedstat (nanoseconds on CPU). Other
/// processes on a shared, loaded machine do not add to it, unlike wall-clock time; elsewhere it falls back to a
/// stopwatch.
/// </summary>
internal static class ThreadCpuTime
{
    private const string SchedStat = "/proc/thread-self/schedstat";

    public static TimeSpan Measure(Action action)
    {
        if (Now() is { } before)
        {
            action();
            return Now()!.Value - before;
        }

        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed;
    }

    private static TimeSpan? Now()
    {
        if (!File.Exists(SchedStat))
        {
            return null;
        }

        var text = File.ReadAllText(SchedStat);
        var first = text.AsSpan(0, text.IndexOf(' ', StringComparison.Ordinal));
        return TimeSpan.FromTicks(long.Parse(first, CultureInfo.InvariantCulture) / 100);
    }
}
