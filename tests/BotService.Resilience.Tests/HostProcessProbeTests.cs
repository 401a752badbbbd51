extern alias cli;

using System.Diagnostics;
using cli::BotService.Cli.LoadTest;

namespace BotService.Resilience.Tests;

/// <summary>
/// The load tool's CPU probe with children, as it reads a database server whose connection processes come and go:
/// this test process stands in for the server and a busy shell for one of its connections.
/// </summary>
public sealed class HostProcessProbeTests
{
    // About 0.4 s of one core in dash here; the assertions ask for a quarter of that.
    private const string BusyLoop = "i=0; while [ $i -lt 300000 ]; do i=$((i+1)); done";
    private static readonly TimeSpan Quarter = TimeSpan.FromSeconds(0.1);

    [Fact]
    public async Task CountsTheCpuOfAChildThatRanAndEnded()
    {
        var probe = new HostProcessProbe(Environment.ProcessId);
        var (treeBefore, ownBefore) = (probe.CpuTimeWithChildren(), probe.CpuTime());

        using (var child = Process.Start("/bin/sh", ["-c", BusyLoop]))
        {
            await child.WaitForExitAsync();
        }

        var childrenOnly = probe.CpuTimeWithChildren() - treeBefore - (probe.CpuTime() - ownBefore);
        Assert.True(childrenOnly >= Quarter, $"children's CPU counted: {childrenOnly.TotalMilliseconds} ms");
    }

    [Fact]
    public async Task CountsTheCpuOfAChildStillRunning()
    {
        var probe = new HostProcessProbe(Environment.ProcessId);
        var (treeBefore, ownBefore) = (probe.CpuTimeWithChildren(), probe.CpuTime());
        using var child = Process.Start("/bin/sh", ["-c", $"{BusyLoop}; exec sleep 30"]);
        try
        {
            var childProbe = new HostProcessProbe(child.Id);
            while (childProbe.CpuTime() < Quarter && !child.HasExited)
            {
                await Task.Delay(20);
            }

            var childrenOnly = probe.CpuTimeWithChildren() - treeBefore - (probe.CpuTime() - ownBefore);
            Assert.True(childrenOnly >= Quarter, $"children's CPU counted: {childrenOnly.TotalMilliseconds} ms");
        }
        finally
        {
            child.Kill();
            await child.WaitForExitAsync();
        }
    }
}
