using System.Globalization;

namespace BotService.Cli.LoadTest;

/// <summary>
/// Reads a local process's CPU time (utime + stime from <c>/proc/&lt;pid&gt;/stat</c>, in clock ticks), optionally with
/// its direct children's, and its memory (VmHWM = peak resident, VmRSS = current resident, from
/// <c>/proc/&lt;pid&gt;/status</c>): the host's, or a database server's on the same machine. Linux only.
/// </summary>
public sealed class LocalProcessProbe(int pid)
{
    // USER_HZ is 100 on every Linux architecture .NET runs on; the kernel exports stat times in it.
    private const long ClockTicksPerSecond = 100;

    // Indexes of /proc/<pid>/stat fields counted after the command name: the state is 0.
    private const int ParentField = 1, UserTimeField = 11, SystemTimeField = 12, ChildrenUserTimeField = 13, ChildrenSystemTimeField = 14;

    public int Pid { get; } = pid;

    public bool Exists => File.Exists($"/proc/{Pid}/stat");

    /// <summary>User plus system CPU time the process has used so far.</summary>
    public TimeSpan CpuTime() => Time(Sum(FieldsOfThis(), UserTimeField, SystemTimeField));

    /// <summary>
    /// The CPU time of the process and of its direct children: those still running, and those that ended and were
    /// collected (a database server's connection processes, say, which come and go during a run). A child collected
    /// while the others are read would count in neither place or in both, so the reading is taken again until the
    /// collected children's time stayed the same around it.
    /// </summary>
    public TimeSpan CpuTimeWithChildren()
    {
        while (true)
        {
            var own = FieldsOfThis();
            var collected = Sum(own, ChildrenUserTimeField, ChildrenSystemTimeField);
            var ticks = Sum(own, UserTimeField, ChildrenSystemTimeField) + RunningChildrenTicks();
            if (Sum(FieldsOfThis(), ChildrenUserTimeField, ChildrenSystemTimeField) == collected)
            {
                return Time(ticks);
            }
        }
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

    private long RunningChildrenTicks()
    {
        var parent = Pid.ToString(CultureInfo.InvariantCulture);
        var ticks = 0L;
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) &&
                Fields(pid) is { } fields && fields[ParentField] == parent)
            {
                ticks += Sum(fields, UserTimeField, ChildrenSystemTimeField);
            }
        }

        return ticks;
    }

    private static long Sum(string[] fields, int first, int last)
    {
        var ticks = 0L;
        for (var i = first; i <= last; i++)
        {
            ticks += long.Parse(fields[i], CultureInfo.InvariantCulture);
        }

        return ticks;
    }

    private static TimeSpan Time(long ticks) => TimeSpan.FromTicks(ticks * (TimeSpan.TicksPerSecond / ClockTicksPerSecond));

    private static long Kilobytes(string line) =>
        long.Parse(line.AsSpan(line.IndexOf(':') + 1).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture);
}
