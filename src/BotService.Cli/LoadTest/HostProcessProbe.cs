using System.Globalization;

namespace BotService.Cli.LoadTest;

/// <summary>
/// Reads a local process's CPU time (utime + stime from <c>/proc/&lt;pid&gt;/stat</c>, in clock ticks), optionally with its
/// children's, and memory
/// (VmHWM = peak resident, VmRSS = current resident, from <c>/proc/&lt;pid&gt;/status</c>). Linux only.
/// </summary>
public sealed class HostProcessProbe(int pid)
{
    // USER_HZ is 100 on every Linux architecture .NET runs on; the kernel exports stat times in it.
    private const double ClockTicksPerSecond = 100.0;

    public int Pid { get; } = pid;

    public bool Exists => File.Exists($"/proc/{Pid}/stat");

    /// <summary>User plus system CPU time the process has used so far.</summary>
    public TimeSpan CpuTime() => Ticks(FieldsOfThis(), withChildren: false);

    /// <summary>
    /// The CPU time of the process and of its children: those still running, and those that ended and were
    /// collected (a database server's connection processes, say, which come and go during a run).
    /// </summary>
    public TimeSpan CpuTimeWithChildren()
    {
        var total = Ticks(FieldsOfThis(), withChildren: true);
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) &&
                Fields(pid) is { } fields && fields[1] == Pid.ToString(CultureInfo.InvariantCulture))
            {
                total += Ticks(fields, withChildren: true);
            }
        }

        return total;
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

    private string[] FieldsOfThis() => Fields(Pid) ?? throw new InvalidOperationException($"Process {Pid} has ended.");

    /// <summary>The fields of <c>/proc/&lt;pid&gt;/stat</c> after the command name, or null if the process is gone.</summary>
    private static string[]? Fields(int pid)
    {
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        // The command name (field 2) is in parentheses and may contain spaces: count fields after the last ')'.
        return stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
    }

    // utime and stime, and with children cutime and cstime: the ended children the process has collected.
    private static TimeSpan Ticks(string[] fields, bool withChildren)
    {
        var ticks = 0L;
        for (var i = 11; i <= (withChildren ? 14 : 12); i++)
        {
            ticks += long.Parse(fields[i], CultureInfo.InvariantCulture);
        }

        return TimeSpan.FromSeconds(ticks / ClockTicksPerSecond);
    }

    private static long Kilobytes(string line) =>
        long.Parse(line.AsSpan(line.IndexOf(':') + 1).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture);
}
