using System.Globalization;

namespace BotService.Cli.LoadTest;

/// <summary>
/// Reads a local process's CPU time (utime + stime from <c>/proc/&lt;pid&gt;/stat</c>, in clock ticks) and memory
/// (VmHWM = peak resident, VmRSS = current resident, from <c>/proc/&lt;pid&gt;/status</c>). Linux only.
/// </summary>
public sealed class HostProcessProbe(int pid)
{
    // USER_HZ is 100 on every Linux architecture .NET runs on; the kernel exports stat times in it.
    private const double ClockTicksPerSecond = 100.0;

    public int Pid { get; } = pid;

    public bool Exists => File.Exists($"/proc/{Pid}/stat");

    /// <summary>User plus system CPU time the process has used so far.</summary>
    public TimeSpan CpuTime()
    {
        var stat = File.ReadAllText($"/proc/{Pid}/stat");
        // The command name (field 2) is in parentheses and may contain spaces: count fields after the last ')'.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var utime = long.Parse(fields[11], CultureInfo.InvariantCulture);
        var stime = long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds((utime + stime) / ClockTicksPerSecond);
    }

    /// <summary>(peak resident, current resident) in bytes.</summary>
    public (long PeakBytes, long ResidentBytes) Memory()
    {
        long peak = 0, resident = 0;
        foreach (var line in File.ReadLines($"/proc/{Pid}/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                peak = Kilobytes(line) * 1024;
            }
            else if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                resident = Kilobytes(line) * 1024;
            }
        }

        return (peak, resident);
    }

    /// <summary>The 1-minute load average of the machine, for the report.</summary>
    public static string LoadAverage()
    {
        try
        {
            var parts = File.ReadAllText("/proc/loadavg").Split(' ');
            return $"{parts[0]} {parts[1]} {parts[2]}";
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static long Kilobytes(string line) =>
        long.Parse(line.AsSpan(line.IndexOf(':') + 1).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture);
}
