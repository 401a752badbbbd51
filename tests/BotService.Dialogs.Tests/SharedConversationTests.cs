using BotService.Dialogs.Tests.Support;
using BotService.Protocol.Schema;
using BotService.Triage;
using Xunit.Abstractions;

namespace BotService.Dialogs.Tests;

/// <summary>In a shared conversation (a Teams channel thread) each person has their own questions and findings.</summary>
public sealed class SharedConversationTests(ITestOutputHelper output)
{
    [Fact]
    public async Task TwoPeopleInOneConversationNeverShareFindingsOrQuestions()
    {
        using var bot = new BotHarness(Channels.Msteams);
        var megan = new ChannelAccount("megan", "Megan", RoleTypes.User);
        var alex = new ChannelAccount("alex", "Alex", RoleTypes.User);

        bot.Adapter.Conversation.User = megan;
        var meganFirst = await bot.SayAsync("my left eyelid has been twitching for 3 days");
        bot.Adapter.Conversation.User = alex;
        var alexFirst = await bot.SayAsync("my calf has been cramping for 20 minutes and it won't ease when I stretch");
        bot.Adapter.Conversation.User = megan;
        var meganAnswer = await bot.SayAsync("none");
        output.WriteLine(bot.ToString());

        Assert.Contains("eyelid", meganFirst[^1].Text, StringComparison.Ordinal);
        Assert.Equal(TriageLevels.Urgent, BotHarness.OutcomeIn(alexFirst)?.Disposition);
        var outcome = BotHarness.OutcomeIn(meganAnswer);
        Assert.Equal(TriageLevels.SelfCare, outcome?.Disposition);
        Assert.Equal("eyelid", outcome!.Findings.Location);
        Assert.DoesNotContain("cramp", outcome.Findings.Symptoms);
    }
}
