using BotService.Dialogs.State;
using BotService.Dialogs.Tests.Support;
using BotService.Dialogs.Text;
using BotService.Protocol.Schema;
using BotService.Triage;
using Xunit.Abstractions;

namespace BotService.Dialogs.Tests;

/// <summary>
/// The safety check: a body system named in words the reader does not know ("something going on in my chest") is
/// asked about straight away, before the next guided question, and the questions then go on where they were.
/// </summary>
public sealed class SafetyCheckTests(ITestOutputHelper output)
{
    private const string ChestInUnknownWords = "my calf keeps cramping and there is something going on in my chest";

    [Theory]
    [InlineData("is this a stroke?")]
    [InlineData("could my twitching be a sign of a stroke?")]
    public async Task AStrokeAskedAboutGetsItsWarningSignsCheckedNotTurnedAway(string question)
    {
        using var bot = new BotHarness();
        var check = Assert.Single(await bot.SayAsync(question));
        Assert.Contains(QuestionText.SafetyCheck, check.Text, StringComparison.Ordinal);
        Assert.Equal(["Your face drooping", "Weakness on one side", "Trouble speaking", BotText.NoneOfThese], Buttons(check));

        var replies = await bot.SayAsync("Trouble speaking");
        output.WriteLine(bot.ToString());
        Assert.Equal(TriageLevels.Emergency, BotHarness.OutcomeIn(replies)?.Disposition);
    }

    [Fact]
    public async Task AChestNamedInUnknownWordsIsCheckedBeforeTheFirstQuestionAndOneTapGivesTheEmergencyAnswer()
    {
        using var bot = new BotHarness();
        var check = Assert.Single(await bot.SayAsync(ChestInUnknownWords));
        Assert.Contains(QuestionText.SafetyCheck, check.Text, StringComparison.Ordinal);
        Assert.Equal(["Chest pain or tightness", "A racing or irregular heartbeat", BotText.NoneOfThese], Buttons(check));
        Assert.Equal(InputHints.ExpectingInput, check.InputHint);

        var replies = await bot.SayAsync("Chest pain or tightness");
        output.WriteLine(bot.ToString());
        Assert.Equal(TriageLevels.Emergency, BotHarness.OutcomeIn(replies)?.Disposition);
    }

    [Fact]
    public async Task NoneOfTheseAtTheCheckRulesOutItsSignsAndTheQuestionsGoOnWhereTheyWere()
    {
        using var bot = new BotHarness();
        await bot.SayAsync(ChestInUnknownWords);
        var howLong = Assert.Single(await bot.SayAsync(BotText.NoneOfThese));
        Assert.StartsWith("How long", howLong.Text, StringComparison.Ordinal);

        var whatElse = Assert.Single(await bot.SayAsync("2 days"));
        output.WriteLine(bot.ToString());
        Assert.StartsWith(QuestionText.WhatElse, whatElse.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Chest pain or tightness", Buttons(whatElse));
        Assert.Contains("chest-pain", (await bot.TriageAsync())!.Findings.Denied);
    }

    [Fact]
    public async Task NotSureAtTheCheckKeepsItsSignsFirstAmongTheLaterQuestionsButtons()
    {
        using var bot = new BotHarness();
        await bot.SayAsync(ChestInUnknownWords);
        await bot.SayAsync(BotText.NotSure);
        var whatElse = Assert.Single(await bot.SayAsync("2 days"));
        output.WriteLine(bot.ToString());
        Assert.Equal(["Chest pain or tightness", "A racing or irregular heartbeat"], Buttons(whatElse).Take(2));
        Assert.Empty((await bot.TriageAsync())!.Findings.Denied);
    }

    [Fact]
    public async Task ANameGivenWithAnAnswerIsCheckedBeforeTheNextQuestionAndTheAnswerIsKept()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("my eyelid keeps twitching");
        var check = Assert.Single(await bot.SayAsync("about 2 weeks and my throat feels funny"));
        Assert.Contains(QuestionText.SafetyCheck, check.Text, StringComparison.Ordinal);
        Assert.Contains("Trouble breathing", Buttons(check));

        var next = Assert.Single(await bot.SayAsync("no"));
        output.WriteLine(bot.ToString());
        Assert.StartsWith(QuestionText.WhatElse, next.Text, StringComparison.Ordinal);
        Assert.Equal(14 * 86400, (await bot.TriageAsync())!.Findings.DurationSeconds);
    }

    [Fact]
    public async Task EachSignIsCheckedOnceAndASecondMentionGoesStraightOnWithTheQuestions()
    {
        using var bot = new BotHarness();
        await bot.SayAsync(ChestInUnknownWords);
        await bot.SayAsync(BotText.NoneOfThese);
        var replies = await bot.SayAsync("2 days, my chest still feels a bit odd");
        output.WriteLine(bot.ToString());
        Assert.DoesNotContain(replies, r => r.Text!.Contains(QuestionText.SafetyCheck, StringComparison.Ordinal));
        Assert.StartsWith(QuestionText.WhatElse, replies[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASideQuestionAtTheCheckIsAnsweredAndTheCheckIsAskedAgain()
    {
        using var bot = new BotHarness();
        await bot.SayAsync(ChestInUnknownWords);
        var replies = await bot.SayAsync("what causes cramps?");
        output.WriteLine(bot.ToString());
        Assert.True(replies.Count >= 2, bot.ToString());
        Assert.Contains(QuestionText.SafetyCheck, replies[^1].Text, StringComparison.Ordinal);
        Assert.Contains("Chest pain or tightness", Buttons(replies[^1]));
        Assert.Equal(PendingKind.SafetyCheck, (await bot.PendingAsync())?.Kind);
    }

    [Fact]
    public async Task WhyDoYouAskAtTheCheckSaysWhyAndAsksTheCheckAgain()
    {
        using var bot = new BotHarness();
        await bot.SayAsync(ChestInUnknownWords);
        var replies = await bot.SayAsync("why are you asking?");
        output.WriteLine(bot.ToString());
        Assert.Equal(WhyAskedText.SafetyCheck, replies[0].Text);
        Assert.Contains(QuestionText.SafetyCheck, replies[^1].Text, StringComparison.Ordinal);
        Assert.Contains("Chest pain or tightness", Buttons(replies[^1]));
        Assert.Equal(PendingKind.SafetyCheck, (await bot.PendingAsync())?.Kind);
    }

    [Fact]
    public async Task BackAtTheCheckAsksThePreviousQuestionAgain()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("my eyelid keeps twitching");
        await bot.SayAsync("2 weeks and my chest feels funny");
        var replies = await bot.SayAsync("back");
        Assert.StartsWith("How long", replies[^1].Text, StringComparison.Ordinal);

        var again = await bot.SayAsync("2 weeks and my chest feels funny");
        output.WriteLine(bot.ToString());
        Assert.Contains(QuestionText.SafetyCheck, again[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnswerThatIsNotOneIsAskedForAgainAndTheThirdMovesOn()
    {
        using var bot = new BotHarness();
        await bot.SayAsync(ChestInUnknownWords);
        var first = Assert.Single(await bot.SayAsync("banana"));
        Assert.StartsWith(BotText.DidNotCatch + QuestionText.SafetyCheck, first.Text, StringComparison.Ordinal);
        await bot.SayAsync("purple");
        var third = await bot.SayAsync("banana again");
        output.WriteLine(bot.ToString());
        Assert.StartsWith("How long", third[^1].Text, StringComparison.Ordinal);
        Assert.Empty((await bot.TriageAsync())!.Findings.Denied);
    }

    [Fact]
    public async Task ACheckAskedWhereTheAnswerWouldComeIsFollowedByTheAnswer()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("my calf keeps cramping");
        await bot.SayAsync("2 days, no other symptoms");
        await bot.SayAsync("none, and there is something going on in my chest");
        var check = await bot.SayAsync(BotText.NoneOfThese);
        Assert.Contains(QuestionText.SafetyCheck, check[^1].Text, StringComparison.Ordinal);

        var answer = await bot.SayAsync(BotText.NoneOfThese);
        output.WriteLine(bot.ToString());
        Assert.NotNull(BotHarness.OutcomeIn(answer));
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("yeah")]
    [InlineData("a bit")]
    public async Task AYesWithoutSayingWhichIsTakenAsTheSignsOfferedAndGetsTheEmergencyAnswer(string yes)
    {
        using var bot = new BotHarness();
        await bot.SayAsync(ChestInUnknownWords);
        var replies = await bot.SayAsync(yes);
        output.WriteLine(bot.ToString());
        Assert.Equal(TriageLevels.Emergency, BotHarness.OutcomeIn(replies)?.Disposition);
    }

    [Fact]
    public async Task AnotherSymptomToldAtTheCheckIsNotedAndTheCheckIsAskedAgain()
    {
        using var bot = new BotHarness();
        await bot.SayAsync(ChestInUnknownWords);
        var replies = await bot.SayAsync("it hurts a bit");
        output.WriteLine(bot.ToString());
        Assert.StartsWith(BotText.NotedThat + QuestionText.SafetyCheck, Assert.Single(replies).Text, StringComparison.Ordinal);
        Assert.Equal(PendingKind.SafetyCheck, (await bot.PendingAsync())?.Kind);
    }

    [Fact]
    public async Task AfterSameDayAdviceASystemNamedInUnknownWordsIsStillChecked()
    {
        using var bot = new BotHarness();
        var urgent = await bot.SayAsync("my calf cramps and it is swollen and red");
        Assert.Equal(TriageLevels.Urgent, BotHarness.OutcomeIn(urgent)?.Disposition);

        var replies = await bot.SayAsync("something is going on in my chest");
        output.WriteLine(bot.ToString());
        Assert.Contains(replies, r => r.Text!.Contains(QuestionText.SafetyCheck, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("no i dont")]
    [InlineData("no, nothing like that")]
    public async Task APlainNoRulesTheSignsOut(string no)
    {
        using var bot = new BotHarness();
        await bot.SayAsync(ChestInUnknownWords);
        var next = await bot.SayAsync(no);
        output.WriteLine(bot.ToString());
        Assert.StartsWith("How long", next[^1].Text, StringComparison.Ordinal);
        Assert.Contains("chest-pain", (await bot.TriageAsync())!.Findings.Denied);
    }

    [Fact]
    public async Task SignsLeftOpenAtTheCheckAreNamedInTheAnswerWithWhatToDo()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("my eyelid has been twitching for 2 weeks");
        var replies = await bot.SayAsync("none, but something is going on in my chest");
        for (var turn = 0; turn < 6 && BotHarness.OutcomeIn(replies) is null; turn++)
        {
            var pending = await bot.PendingAsync();
            replies = await bot.SayAsync(pending?.Kind == PendingKind.SafetyCheck ? BotText.NotSure : BotText.NoneOfThese);
        }

        output.WriteLine(bot.ToString());
        Assert.NotNull(BotHarness.OutcomeIn(replies));
        Assert.Contains(replies, r => r.Text!.Contains(
            "You weren't sure about chest pain or tightness or a racing or irregular heartbeat: if you have it, now or later, **call 911 now**.",
            StringComparison.Ordinal));
    }

    private static List<string> Buttons(Activity activity) =>
        activity.SuggestedActions?.Actions.Select(a => a.Title ?? string.Empty).ToList() ?? [];
}
