extern alias cli;

using cli::BotService.Cli.LoadTest;
using BotService.Resilience.Tests.Support;

namespace BotService.Resilience.Tests;

/// <summary>The load tool against the real host on a loopback port: every script is played and checked.</summary>
public sealed class LoadToolTests
{
    [Fact]
    public async Task PlaysEveryScriptAgainstTheRealHostWithoutErrors()
    {
        using var folder = new TempFolder();
        await using var host = RealHost.Start(folder.Path);
        var options = new LoadTestOptions(host.BaseAddress, Conversations: 28, Concurrency: 4, Seed: 7,
            HostPid: Environment.ProcessId, TimeLimit: TimeSpan.FromMinutes(5));

        var report = await new LoadRunner(options).RunAsync(CancellationToken.None);

        Assert.True(report.Errors == 0, string.Join("\n", report.FirstErrors));
        Assert.Equal(28, report.CompletedConversations);
        Assert.Equal(report.Turns, report.Latency.Count);
        Assert.True(report.HostCpu > TimeSpan.Zero);
        Assert.True(report.HostPeakBytes >= report.HostResidentBytes);
        using var output = new StringWriter();
        report.Print(output);
        Assert.Contains("p99", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CountsAConversationWhoseOutcomeIsNotTheExpectedOneAsAnError()
    {
        using var folder = new TempFolder();
        await using var host = RealHost.Start(folder.Path);
        ConversationScript wrong = new("benign-told-as-emergency",
            [ScriptTurn.Say("my left eyelid has been twitching for 3 days, I drink a lot of coffee and sleep badly, nothing else")],
            "emergency");
        var options = new LoadTestOptions(host.BaseAddress, Conversations: 2, Concurrency: 2);

        var report = await new LoadRunner(options, [wrong]).RunAsync(CancellationToken.None);

        Assert.Equal(2, report.Errors);
        Assert.All(report.FirstErrors, e => Assert.Contains("expected a triageOutcome 'emergency', got 'selfcare'", e, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RefusesAnAddressThatIsNotLoopback()
    {
        var options = new LoadTestOptions(new Uri("http://192.0.2.10:3978"), 1, 1);

        await Assert.ThrowsAsync<ArgumentException>(() => new LoadRunner(options).RunAsync(CancellationToken.None));
    }
}
