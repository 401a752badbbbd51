extern alias cli;

using cli::BotService.Cli.LoadTest;
using BotService.Resilience.Tests.Support;

namespace BotService.Resilience.Tests;

/// <summary>
/// The load tool against the real host on a loopback port, through /api/messages and through Direct Line (polling, and
/// the WebSocket stream): every script is played and checked.
/// </summary>
public sealed class LoadToolTests
{
    private const string Secret = "load-tool-test-secret-of-at-least-32-characters";

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

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task PlaysEveryScriptThroughDirectLineAsWebChatDoesWithoutErrors(bool overTheWebSocketStream)
    {
        using var folder = new TempFolder();
        await using var host = RealHost.Start(folder.Path, new Dictionary<string, string?> { ["DirectLine:Secret"] = Secret });
        var options = new LoadTestOptions(host.BaseAddress, Conversations: 28, Concurrency: 4, Seed: 7,
            HostPid: Environment.ProcessId, TimeLimit: TimeSpan.FromMinutes(5), DirectLineSecret: Secret, DirectLineStream: overTheWebSocketStream);

        var report = await new LoadRunner(options).RunAsync(CancellationToken.None);

        Assert.True(report.Errors == 0, string.Join("\n", report.FirstErrors));
        Assert.Equal(28, report.CompletedConversations);
        Assert.Equal(report.Turns, report.Latency.Count);
        Assert.True(report.Turns > 28, "each conversation's start and its messages are turns");
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(true, true)]
    public async Task CountsAConversationWhoseOutcomeIsNotTheExpectedOneAsAnError(bool throughDirectLine, bool overTheWebSocketStream)
    {
        using var folder = new TempFolder();
        await using var host = RealHost.Start(folder.Path, new Dictionary<string, string?> { ["DirectLine:Secret"] = Secret });
        ConversationScript wrong = new("benign-told-as-emergency",
            [ScriptTurn.Say("my left eyelid has been twitching for 3 days, I drink a lot of coffee and sleep badly, nothing else")],
            "emergency");
        var options = new LoadTestOptions(host.BaseAddress, Conversations: 2, Concurrency: 2, DirectLineSecret: throughDirectLine ? Secret : null,
            DirectLineStream: overTheWebSocketStream);

        var report = await new LoadRunner(options, [wrong]).RunAsync(CancellationToken.None);

        Assert.Equal(2, report.Errors);
        Assert.All(report.FirstErrors, e => Assert.Contains("expected a triageOutcome 'emergency', got 'selfcare'", e, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ADirectLineSecretTheHostDoesNotKnowIsAnErrorForEveryConversation()
    {
        using var folder = new TempFolder();
        await using var host = RealHost.Start(folder.Path, new Dictionary<string, string?> { ["DirectLine:Secret"] = Secret });
        var options = new LoadTestOptions(host.BaseAddress, Conversations: 3, Concurrency: 3, DirectLineSecret: new string('x', 40));

        var report = await new LoadRunner(options).RunAsync(CancellationToken.None);

        Assert.Equal(3, report.Errors);
        Assert.All(report.FirstErrors, e => Assert.Contains("start answered HTTP 401", e, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RefusesAnAddressThatIsNotLoopback()
    {
        var options = new LoadTestOptions(new Uri("http://192.0.2.10:3978"), 1, 1);

        await Assert.ThrowsAsync<ArgumentException>(() => new LoadRunner(options).RunAsync(CancellationToken.None));
    }
}
