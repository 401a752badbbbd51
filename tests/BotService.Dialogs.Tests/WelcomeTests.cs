using BotService.Dialogs.Tests.Support;
using BotService.Dialogs.Text;
using BotService.Protocol.Schema;
using BotService.Triage;
using Xunit.Abstractions;

namespace BotService.Dialogs.Tests;

/// <summary>The welcome: once per person, with the emergency line for the locale, privacy, and no consent gate.</summary>
public sealed class WelcomeTests(ITestOutputHelper output)
{
    [Fact]
    public async Task WelcomesOncePerPersonWithTheEmergencyLinePrivacyAndTwoButtons()
    {
        using var bot = new BotHarness();
        var welcome = Assert.Single(await bot.JoinAsync());
        Assert.StartsWith($"**{BotText.WelcomeHeadline}**", welcome.Text, StringComparison.Ordinal);
        Assert.Contains("guidance, not a diagnosis", welcome.Text, StringComparison.Ordinal);
        Assert.Contains("**call 911 now**", welcome.Text, StringComparison.Ordinal);
        Assert.Contains("delete my data", welcome.Text, StringComparison.Ordinal);
        Assert.Equal([BotText.CheckMyTwitching, BotText.AskAQuestion], welcome.SuggestedActions!.Actions.Select(a => a.Title));

        Assert.Empty(await bot.JoinAsync());
    }

    [Theory]
    [InlineData("en-GB", "999")]
    [InlineData("de-DE", "112")]
    public async Task TheWelcomeGivesTheNumberForTheLocale(string locale, string number)
    {
        using var bot = new BotHarness(locale: locale);
        var welcome = Assert.Single(await bot.JoinAsync());
        Assert.Contains($"**call {number} now**", welcome.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnWebChatTheFirstMessageIsWelcomedAndHelpedAtOnce()
    {
        using var bot = new BotHarness(Channels.Webchat);
        var replies = await bot.SayAsync("my eyelid keeps twitching");
        output.WriteLine(bot.ToString());
        Assert.StartsWith($"**{BotText.WelcomeHeadline}**", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("I understood: eyelid", replies[^1].Text, StringComparison.Ordinal);

        var next = await bot.SayAsync("2 days");
        Assert.DoesNotContain(next, r => r.Text!.Contains(BotText.WelcomeHeadline, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheWebChatJoinEventWelcomesOnce()
    {
        using var bot = new BotHarness(Channels.Webchat);
        var join = bot.Adapter.MakeActivity();
        join.Type = ActivityTypes.Event;
        join.Name = "webchat/join";
        Assert.Single(await bot.SendAsync(join));
        Assert.Empty(await bot.SendAsync(join));
        var replies = await bot.SayAsync("hi");
        Assert.DoesNotContain(replies, r => r.Text!.Contains(BotText.WelcomeHeadline, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ARedFlagAsTheFirstWebChatMessageIsAnsweredFirstAndAlone()
    {
        using var bot = new BotHarness(Channels.Webchat);
        var replies = await bot.SayAsync("my face is drooping on one side and my arm went weak");
        output.WriteLine(bot.ToString());
        var reply = Assert.Single(replies);
        Assert.Equal(TriageLevels.Emergency, BotHarness.OutcomeIn(replies)?.Disposition);
        Assert.StartsWith("**Please call 911 now**", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheWelcomeAndTheFirstQuestionsReadAsATestFlow()
    {
        using var bot = new BotHarness();
        await bot.Flow()
            .SendConversationUpdate()
            .AssertReply(a => a.Text!.StartsWith($"**{BotText.WelcomeHeadline}**", StringComparison.Ordinal), "the welcome")
            .Send(BotText.CheckMyTwitching)
            .AssertReply(QuestionText.Where)
            .Send("my left calf")
            .AssertReply("Thanks, that helps. I understood: left calf. How long has the twitching in your calf been going on?")
            .Send("help")
            .AssertReply(BotText.Help)
            .AssertReply("How long has the twitching in your calf been going on?")
            .StartTestAsync();
    }

    [Fact]
    public async Task SomeoneWhoWritesBeforeAnyWelcomeIsHelpedStraightAway()
    {
        using var bot = new BotHarness();
        var replies = await bot.SayAsync("calf twitching for 3 days");
        Assert.Contains("Do you have any of these as well?", replies[^1].Text, StringComparison.Ordinal);
    }
}
