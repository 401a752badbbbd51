using BotService.Dialogs.Tests.Support;
using BotService.Protocol.Schema;
using BotService.Triage;
using Xunit.Abstractions;

namespace BotService.Dialogs.Tests;

/// <summary>
/// Every emergency (E1-E10) and urgent (U1-U7) row of triage-guidance.md, said as the first message and in the
/// middle of the questions: the same reply escalates, with the number for the locale and the outcome entity.
/// </summary>
public sealed class RedFlagTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> RowCases()
    {
        var cases = TriageCase.Load("cases.json");
        var data = new TheoryData<string, string>();
        foreach (var row in Enumerable.Range(1, 10).Select(i => $"E{i}").Concat(Enumerable.Range(1, 7).Select(i => $"U{i}")))
        {
            var level = row[0] == 'E' ? TriageLevels.Emergency : TriageLevels.Urgent;
            var triageCase = cases.First(c => c.Row == row && c.Expected == level && c.Turns.Count == 1);
            data.Add(row, triageCase.Turns[0]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RowCases))]
    public async Task TheFirstReplyEscalatesEveryRedFlagRow(string row, string message)
    {
        using var bot = new BotHarness();
        var replies = await bot.SayAsync(message);
        output.WriteLine(bot.ToString());

        var outcome = BotHarness.OutcomeIn(replies);
        Assert.NotNull(outcome);
        Assert.NotNull(BotHarness.OutcomeIn(replies.Take(1)));
        Assert.Equal(ActivityImportance.High, replies[0].Importance);
        if (row[0] == 'E')
        {
            Assert.Equal(TriageLevels.Emergency, outcome.Disposition);
            var reply = Assert.Single(replies);
            Assert.StartsWith("**Please call 911 now**", reply.Text, StringComparison.Ordinal);
            Assert.EndsWith("I've stopped the questions so nothing delays you.", reply.Text, StringComparison.Ordinal);
            Assert.Null(reply.SuggestedActions);
        }
        else
        {
            Assert.Equal(TriageLevels.Urgent, outcome.Disposition);
            Assert.StartsWith("**Please get medical help today.**", replies[0].Text, StringComparison.Ordinal);
            Assert.Contains("Call 911 straight away if", replies[0].Text, StringComparison.Ordinal);
            Assert.Equal("Anything else?", replies[^1].Text);
        }

        Assert.Contains(outcome.RuleIds, id => id.StartsWith(row + "-", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Prompts.Names), MemberType = typeof(Prompts))]
    public async Task ARedFlagAtAnyPromptStopsTheQuestionsInTheSameReply(string prompt)
    {
        using var bot = new BotHarness();
        await Prompts.ReachAsync(bot, prompt);

        var replies = await bot.SayAsync("oh and now I have a crushing pain in my chest going into my left arm");
        output.WriteLine(bot.ToString());
        var reply = Assert.Single(replies);
        Assert.Equal(TriageLevels.Emergency, BotHarness.OutcomeIn(replies)?.Disposition);
        Assert.StartsWith("**Please call 911 now**", reply.Text, StringComparison.Ordinal);

        // Nothing is asked afterwards; a later message gets a reminder to call, not a question.
        var later = await bot.SayAsync("ok");
        Assert.Contains("call 911 now", Assert.Single(later).Text, StringComparison.Ordinal);
        Assert.Equal(ActivityImportance.High, later[0].Importance);
    }

    [Theory]
    [InlineData("en-US", "911")]
    [InlineData("en-GB", "999")]
    [InlineData("de-DE", "112")]
    [InlineData("fr-FR", "112")]
    [InlineData("", "911")]
    public async Task TheEmergencyNumberFollowsTheLocale(string locale, string number)
    {
        using var bot = new BotHarness(locale: locale);
        var replies = await bot.SayAsync("my throat is closing up and my face is twitching");
        Assert.StartsWith($"**Please call {number} now**", replies[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHighTemperatureWithJerkingAndNoMedicineNamedIsNotToldToSkipADose()
    {
        using var bot = new BotHarness();
        var replies = await bot.SayAsync("my daughter is boiling hot and her arms keep jerking");
        output.WriteLine(bot.ToString());

        var reply = Assert.Single(replies);
        Assert.StartsWith("**Please call 911 now**", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Don't take another dose of the medicine", reply.Text, StringComparison.Ordinal);
        Assert.Contains("If a new or changed medicine might be the cause, don't take another dose", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFitNamedInAnEarlierMessageIsTheOneSomeoneIsHavingNow()
    {
        using var bot = new BotHarness();
        var first = await bot.SayAsync("my calf cramps at night. my husband had a seizure last year and has been fine since");
        Assert.DoesNotContain(first, r => r.Text!.Contains("Please call", StringComparison.Ordinal));

        var now = await bot.SayAsync("hes having one now");
        output.WriteLine(bot.ToString());

        Assert.StartsWith("**Please call 911 now**", now[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUrgentFindingLaterRaisedToEmergencyIsEscalatedAgain()
    {
        using var bot = new BotHarness();
        var urgent = await bot.SayAsync("calf cramp for 20 minutes now and it won't ease even when I stretch");
        Assert.Equal(TriageLevels.Urgent, BotHarness.OutcomeIn(urgent)?.Disposition);

        var emergency = await bot.SayAsync("now I also have chest pain and can't breathe");
        output.WriteLine(bot.ToString());
        Assert.Equal(TriageLevels.Emergency, BotHarness.OutcomeIn(emergency)?.Disposition);
    }

    [Theory]
    [InlineData("will my eyelid twitch stop?")]
    [InlineData("my eyelid is still twitching")]
    public async Task AnyMessageAboutTheTwitchAfterEmergencyAdviceGetsTheReminderToCall(string later)
    {
        using var bot = new BotHarness();
        await bot.SayAsync("my face is drooping on one side and my eyelid twitches");
        var replies = await bot.SayAsync(later);
        output.WriteLine(bot.ToString());
        var reminder = Assert.Single(replies);
        Assert.StartsWith("If you haven't yet, please **call 911 now**", reminder.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQuestionAnsweredAfterEmergencyAdviceEndsWithTheReminderToCall()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("my face is drooping on one side and my eyelid twitches");
        var replies = await bot.SayAsync("what is an EMG?");
        output.WriteLine(bot.ToString());
        Assert.True(replies.Count >= 2, bot.ToString());
        Assert.StartsWith("If you haven't yet, please **call 911 now**", replies[^1].Text, StringComparison.Ordinal);
    }
}
