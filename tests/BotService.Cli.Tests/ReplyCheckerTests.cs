using System.Net;
using System.Text;
using BotService.Cli.LoadTest;

namespace BotService.Cli.Tests;

/// <summary>The load tool counts a turn as right only when its reply is: 200, a message, no apology, the expected outcome.</summary>
public sealed class ReplyCheckerTests
{
    private const string Outcome = """{"type":"triageOutcome","disposition":"selfcare"}""";

    [Fact]
    public void AMessageWithTheExpectedOutcomeIsRight()
    {
        Assert.Null(Check(HttpStatusCode.OK, Body("Please rest your calf.", Outcome), "selfcare"));
        Assert.Null(Check(HttpStatusCode.OK, Body("How long has it been going on?"), null));
    }

    [Theory]
    [InlineData("Sorry, something went wrong.")]
    [InlineData("I LOST TRACK of our conversation")]
    [InlineData("Please Try Again in a minute")]
    public void AnApologyInAnyCaseIsAFailure(string text)
    {
        Assert.Equal("apology or error text in a reply", Check(HttpStatusCode.OK, Body(text), null));
    }

    [Fact]
    public void TheWrongOutcomeANonJsonBodyOrAnotherStatusIsAFailure()
    {
        Assert.Equal("expected a triageOutcome 'urgent', got 'selfcare'", Check(HttpStatusCode.OK, Body("Rest.", Outcome), "urgent"));
        Assert.Equal("body is not JSON", Check(HttpStatusCode.OK, "<html>"u8.ToArray(), null));
        Assert.Equal("HTTP 503", Check(HttpStatusCode.ServiceUnavailable, [], null));
        Assert.Equal("no message activity", Check(HttpStatusCode.OK, """{"activities":[{"type":"typing"}]}"""u8.ToArray(), null));
    }

    private static string? Check(HttpStatusCode status, byte[] body, string? expected) => ReplyChecker.Check(status, body, expected);

    private static byte[] Body(string text, string? entity = null) => Encoding.UTF8.GetBytes(
        $$"""{"activities":[{"type":"message","text":"{{text}}"{{(entity is null ? "" : $",\"entities\":[{entity}]")}}}]}""");
}
