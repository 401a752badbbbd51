using System.CommandLine;
using BotService.Cli.Commands;

namespace BotService.Cli.Tests;

public sealed class AskCommandTests
{
    [Fact]
    public async Task PrintsTheAnswerItsSourcesAndTheTopPassagesWithScores()
    {
        var (exitCode, output) = await RunAsync("ask", "what is an EMG", "--top", "2");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("EMG (electromyography) [tests-emg]", output, StringComparison.Ordinal);
        Assert.Contains("records the tiny electrical signals", output, StringComparison.Ordinal);
        Assert.Contains("Sources: Muscle twitches: symptoms, causes, and treatment (003);", output, StringComparison.Ordinal);
        var passageLines = output.Split('\n').SkipWhile(l => !l.StartsWith("Top passages", StringComparison.Ordinal)).Skip(1)
            .Where(l => l.Trim().Length > 0).ToList();
        Assert.Equal(2, passageLines.Count);
        Assert.Contains("tests-emg", passageLines[0], StringComparison.Ordinal);
        Assert.Matches(@"^\s+1\.\s+\d+\.\d\d\s+tests-emg", passageLines[0]);
    }

    [Fact]
    public async Task SaysThereIsNoAnswerForAnOutOfScopeQuestion()
    {
        var (exitCode, output) = await RunAsync("ask", "book me a flight to paris");

        Assert.Equal(AskCommand.NoAnswerExitCode, exitCode);
        Assert.StartsWith("No answer", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Source", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadsAnotherContentFolderWhenAsked()
    {
        var (exitCode, output) = await RunAsync("ask", "cramp", "--data", "/no/such/folder");
        Assert.NotEqual(0, exitCode);
        Assert.Contains("does not exist", output, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        var root = new RootCommand { AskCommand.Create() };
        var output = new StringWriter();
        var configuration = new InvocationConfiguration { Output = output, Error = output };
        var exitCode = await root.Parse(args).InvokeAsync(configuration);
        return (exitCode, output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
