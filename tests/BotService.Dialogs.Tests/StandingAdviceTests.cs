using BotService.Dialogs.Tests.Support;
using BotService.Protocol.Schema;
using BotService.Triage;
using Xunit.Abstractions;

namespace BotService.Dialogs.Tests;

/// <summary>
/// Same-day advice once given is not withdrawn by what is said after it: the questions may go on, but they end by
/// saying the earlier advice stands, never with a lower answer, unless the person rules its sign out in so many words.
/// </summary>
public sealed class StandingAdviceTests(ITestOutputHelper output)
{
    private const string SpreadingWeakness = "weak? sort of. my feet went tingly on tuesday, now my hands are tingly too and i struggled up the stairs today";

    [Fact]
    public async Task SomethingSaidAfterSameDayAdviceThatLowersTheLevelEndsWithTheAdviceStandingNotALowerAnswer()
    {
        using var bot = await AfterSameDayAdviceAsync();

        var replies = await SayAllAsync(bot, "actually its been going on for 2 months", "none", "none", "none");

        output.WriteLine(bot.ToString());
        Assert.DoesNotContain(replies, r => BotHarness.OutcomeIn([r]) is { } outcome && outcome.Disposition != TriageLevels.Urgent);
        var standing = Assert.Single(replies, r => r.Text?.Contains("doesn't change my advice from earlier", StringComparison.Ordinal) == true);
        Assert.Contains("**Please get medical help today.**", standing.Text, StringComparison.Ordinal);
        Assert.Equal(ActivityImportance.High, standing.Importance);
        var outcome = BotHarness.OutcomeIn([standing]);
        Assert.Equal(TriageLevels.Urgent, outcome?.Disposition);
        Assert.Equal(["advice-stands"], outcome?.RuleIds);
    }

    [Fact]
    public async Task RulingOutTheSignTheAdviceRestedOnInSoManyWordsGetsTheLowerAnswer()
    {
        using var bot = await AfterSameDayAdviceAsync();

        var replies = await SayAllAsync(bot, "actually not weak at all, i was wrong about that", "none", "none", "none");

        output.WriteLine(bot.ToString());
        Assert.DoesNotContain(replies, r => r.Text?.Contains("doesn't change my advice from earlier", StringComparison.Ordinal) == true);
        Assert.Contains(replies, r => BotHarness.OutcomeIn([r]) is { } outcome && outcome.Disposition != TriageLevels.Urgent);
    }

    private static async Task<BotHarness> AfterSameDayAdviceAsync()
    {
        var bot = new BotHarness();
        await bot.SayAsync("twitching in my legs for a few days");
        var advice = await bot.SayAsync(SpreadingWeakness);
        Assert.Equal(TriageLevels.Urgent, BotHarness.OutcomeIn(advice)?.Disposition);
        return bot;
    }

    private static async Task<List<Activity>> SayAllAsync(BotHarness bot, params string[] messages)
    {
        var replies = new List<Activity>();
        foreach (var message in messages)
        {
            replies.AddRange(await bot.SayAsync(message));
        }

        return replies;
    }
}
