using System.CommandLine;
using BotService.Cli.Commands;

namespace BotService.Cli.Tests;

/// <summary><c>botservice chat</c> with piped input: the same conversation as the host, in the terminal.</summary>
public sealed class ChatCommandTests
{
    [Fact]
    public async Task WelcomesNumbersTheButtonsAndLetsANumberPickOne()
    {
        var (exitCode, output) = await RunAsync("1\nleft eyelid\n", "chat");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("bot: **Hello! I'm the twitch helper.**", output, StringComparison.Ordinal);
        Assert.Contains("call 911 now", output, StringComparison.Ordinal);
        Assert.Contains("  [1] Check my twitching\n  [2] Ask a question", output, StringComparison.Ordinal);
        Assert.Contains("you: 1\nbot: Where is the twitching or cramp?", output, StringComparison.Ordinal);
        Assert.Contains("I understood: left eyelid. How long has the twitching in your eyelid been going on?", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswersAQuestionWithItsSourceAndUsesTheLocalesEmergencyNumber()
    {
        var (exitCode, output) = await RunAsync("what is an EMG?\nmy chest feels tight and my arm is twitching\n", "chat", "--locale", "en-GB");

        Assert.Equal(0, exitCode);
        Assert.Contains("records the tiny electrical signals", output, StringComparison.Ordinal);
        Assert.Contains("Sources: ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("]: ", output, StringComparison.Ordinal);
        Assert.Contains("**Please call 999 now**", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CarriesOnAConversationKeptInASqliteFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"botservice-chat-{Guid.NewGuid():N}.db");
        try
        {
            await RunAsync("my calf has been twitching\n", "chat", "--sqlite", path);
            var (_, output) = await RunAsync("help\n", "chat", "--sqlite", path);
            Assert.Contains("How long has the twitching in your calf been going on?", output, StringComparison.Ordinal);
        }
        finally
        {
            foreach (var file in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(path) + "*"))
            {
                File.Delete(file);
            }
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string input, params string[] args)
    {
        var root = new RootCommand { ChatCommand.Create(new StringReader(input)) };
        var output = new StringWriter();
        var configuration = new InvocationConfiguration { Output = output, Error = output };
        var exitCode = await root.Parse(args).InvokeAsync(configuration);
        return (exitCode, output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
