using BotService.Dialogs.Tests.Support;
using BotService.Protocol.Schema;
using BotService.Triage;
using Xunit.Abstractions;

namespace BotService.Dialogs.Tests;

/// <summary>
/// Same-day advice once given is not withdrawn by what is said after it: the questions may go on, but they end by
/// saying the earlier advice stands, never with a lower answer.
/// </summary>
public sealed class StandingAdviceTests(ITestOutputHelper output)
{
    [Fact]
    public async Task SomethingSaidAfterSameDayAdviceThatRulesItsSignOutEndsWithTheAdviceStandingNotALowerAnswer()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("twitching in my legs for a few days");
        var advice = await bot.SayAsync("weak? sort of. my feet went tingly on tuesday, now my hands are tingly too and i struggled up the stairs today");
        Assert.Equal(TriageLevels.Urgent, BotHarness.OutcomeIn(advice)?.Disposition);

        var replies = new List<Activity>();
        foreach (var message in new[] { "actually not weak at all, i was wrong about that", "none", "none", "none" })
        {
            replies.AddRange(await bot.SayAsync(message));
        }

        output.WriteLine(bot.ToString());
        Assert.DoesNotContain(replies, r => BotHarness.OutcomeIn([r]) is { } outcome && outcome.Disposition != TriageLevels.Urgent);
        var standing = Assert.Single(replies, r => r.Text?.Contains("doesn't change my advice from earlier", StringComparison.Ordinal) == true);
        Assert.Contains("**Please get medical help today.**", standing.Text, StringComparison.Ordinal);
        Assert.Equal(ActivityImportance.High, standing.Importance);
    }
}
