extern alias cli;

using System.Diagnostics;
using cli::BotService.Cli.LoadTest;

namespace BotService.Resilience.Tests;

/// <summary>
/// The load tool's CPU probe with children, as it reads a database server whose connection processes come and go:
/// this test process stands in for the server and a busy shell for one of its connections. The child spins until it
/// has used three times what the assertions ask for, so clock ticks read apart and other tests' children cannot tip them.
/// </summary>
public sealed class LocalProcessProbeTests
{
    private static readonly TimeSpan Asked = TimeSpan.FromSeconds(0.1);
    private static readonly TimeSpan Spun = 3 * Asked;

    [Fact]
    public async Task CountsTheCpuOfAChildThatRanAndWasCollected()
    {
        var probe = new LocalProcessProbe(Environment.ProcessId);
        var (treeBefore, ownBefore) = (probe.CpuTimeWithChildren(), probe.CpuTime());

        using (var child = await StartSpinningChildAsync())
        {
            child.Kill();
            await child.WaitForExitAsync();
        }

        var childrenOnly = probe.CpuTimeWithChildren() - treeBefore - (probe.CpuTime() - ownBefore);
        Assert.True(childrenOnly >= Asked, $"children's CPU counted: {childrenOnly.TotalMilliseconds} ms");
    }

    [Fact]
    public async Task CountsTheCpuOfAChildStillRunning()
    {
        var probe = new LocalProcessProbe(Environment.ProcessId);
        var (treeBefore, ownBefore) = (probe.CpuTimeWithChildren(), probe.CpuTime());
        using var child = await StartSpinningChildAsync();
        try
        {
            var childrenOnly = probe.CpuTimeWithChildren() - treeBefore - (probe.CpuTime() - ownBefore);
            Assert.True(childrenOnly >= Asked, $"children's CPU counted: {childrenOnly.TotalMilliseconds} ms");
        }
        finally
        {
            child.Kill();
            await child.WaitForExitAsync();
        }
    }

    /// <summary>A shell spinning on one core, returned once it has used <see cref="Spun"/> of CPU (within a minute).</summary>
    private static async Task<Process> StartSpinningChildAsync()
    {
        var child = Process.Start("/bin/sh", ["-c", "while :; do :; done"]);
        var childProbe = new LocalProcessProbe(child.Id);
        var deadline = Stopwatch.StartNew();
        while (childProbe.CpuTime() < Spun)
        {
            if (deadline.Elapsed > TimeSpan.FromMinutes(1))
            {
                child.Kill();
                throw new TimeoutException("The busy child did not get the CPU it needed within a minute.");
            }

            await Task.Delay(20);
        }

        return child;
    }
}
