using BotService.Dialogs.Dialogs;
using BotService.Dialogs.Tests.Support;
using BotService.Dialogs.Text;
using Xunit.Abstractions;

namespace BotService.Dialogs.Tests;

/// <summary>help, back, start over, cancel, delete my data and feedback at any prompt (design.md §3.7).</summary>
public sealed class CommandTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(Prompts.Names), MemberType = typeof(Prompts))]
    public async Task HelpExplainsAndThenAsksTheSameQuestionAgain(string prompt)
    {
        using var bot = new BotHarness();
        await Prompts.ReachAsync(bot, prompt);

        var replies = await bot.SayAsync("help");
        output.WriteLine(bot.ToString());
        Assert.Equal(2, replies.Count);
        Assert.Equal(BotText.Help, replies[0].Text);
        Assert.StartsWith(Prompts.QuestionStart(prompt), replies[1].Text, StringComparison.Ordinal);
        Assert.NotEmpty(replies[1].SuggestedActions!.Actions);
    }

    [Theory]
    [InlineData(Prompts.Where, "That was the first question", Prompts.Where)]
    [InlineData(Prompts.HowLong, "Where is the twitching or cramp?", null)]
    [InlineData(Prompts.WhatElse, "How long has the twitching in your calf been going on?", null)]
    [InlineData(Prompts.AnythingElse, "Do you have any of these as well?", null)]
    public async Task BackAsksThePreviousQuestionAgain(string prompt, string expectedStart, string? thenAsks)
    {
        using var bot = new BotHarness();
        await Prompts.ReachAsync(bot, prompt);

        var replies = await bot.SayAsync("back");
        output.WriteLine(bot.ToString());
        Assert.StartsWith(expectedStart, replies[0].Text, StringComparison.Ordinal);
        if (thenAsks is not null)
        {
            Assert.StartsWith(Prompts.QuestionStart(thenAsks), replies[^1].Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AnAnswerGivenAfterBackReplacesTheEarlierOneAndTheLaterQuestionsFollow()
    {
        using var bot = new BotHarness();
        await Prompts.ReachAsync(bot, Prompts.WhatElse);
        await bot.SayAsync("back");
        var replies = await bot.SayAsync("more than 2 weeks");
        Assert.StartsWith("Do you have any of these as well?", replies[^1].Text, StringComparison.Ordinal);

        var answer = await bot.SayAsync("none");
        output.WriteLine(bot.ToString());
        var outcome = BotHarness.OutcomeIn(answer);
        Assert.NotNull(outcome);
        Assert.Equal("soon", outcome.Disposition);
    }

    [Fact]
    public async Task BackForgetsAButtonPickedByMistake()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("my calf has been twitching for a few days");
        var soon = await bot.SayAsync("Weakness");
        Assert.Equal("soon", BotHarness.OutcomeIn(soon)?.Disposition);

        var again = await bot.SayAsync("back");
        Assert.StartsWith("Do you have any of these as well?", again[^1].Text, StringComparison.Ordinal);
        var answer = await bot.SayAsync("None of these");
        output.WriteLine(bot.ToString());
        var outcome = BotHarness.OutcomeIn(answer);
        Assert.NotNull(outcome);
        Assert.Equal("selfcare", outcome.Disposition);
        Assert.DoesNotContain("weakness", outcome.Findings.Symptoms);
    }

    [Fact]
    public async Task BackNeverForgetsARedFlagSaidInAnswerToTheQuestion()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("my calf has been twitching for a few days");
        var urgent = await bot.SayAsync("my urine has gone dark like cola");
        Assert.Equal("urgent", BotHarness.OutcomeIn(urgent)?.Disposition);

        var back = await bot.SayAsync("back");
        output.WriteLine(bot.ToString());
        Assert.DoesNotContain(back, r => r.Text?.Contains("Do you have any of these", StringComparison.Ordinal) == true);
        Assert.Equal("Anything else?", back[^1].Text);
    }

    [Theory]
    [MemberData(nameof(Prompts.Names), MemberType = typeof(Prompts))]
    public async Task StartOverForgetsEverythingAndAsksWhereAgain(string prompt)
    {
        using var bot = new BotHarness();
        await Prompts.ReachAsync(bot, prompt);

        var replies = await bot.SayAsync("start over");
        output.WriteLine(bot.ToString());
        Assert.Equal(BotText.StartingOver, replies[0].Text);
        Assert.Equal(Prompts.QuestionStart(Prompts.Where), replies[^1].Text);

        // The calf from before is forgotten: the next question names the new place.
        var next = await bot.SayAsync("eyelid");
        Assert.EndsWith("How long has the twitching in your eyelid been going on?", next[^1].Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Prompts.Names), MemberType = typeof(Prompts))]
    public async Task CancelStopsAndTheNextMessageStartsAfresh(string prompt)
    {
        using var bot = new BotHarness();
        await Prompts.ReachAsync(bot, prompt);

        var replies = await bot.SayAsync("cancel");
        Assert.Equal(BotText.Cancelled, Assert.Single(replies).Text);

        var next = await bot.SayAsync("my eyelid twitches");
        output.WriteLine(bot.ToString());
        Assert.Contains("I understood: eyelid", next[^1].Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Prompts.Names), MemberType = typeof(Prompts))]
    public async Task DeleteMyDataErasesTheStoredUserAndConversationAndConfirms(string prompt)
    {
        var storage = new RecordingStorage();
        using var bot = new BotHarness(storage: storage);
        await bot.JoinAsync();
        await Prompts.ReachAsync(bot, prompt);
        Assert.NotEmpty(await storage.DumpAsync());

        // Asked as a question, at any prompt: still the command, not a question for the content base.
        var replies = await bot.SayAsync("Can you delete my data?");
        output.WriteLine(bot.ToString());
        Assert.Equal(BotText.DataDeleted, Assert.Single(replies).Text);
        Assert.Empty(await storage.DumpAsync());

        // Nothing was kept: the conversation starts from the beginning.
        var next = await bot.SayAsync("hello");
        Assert.Equal(BotText.NotUnderstoodMenu, next[^1].Text);
    }

    [Fact]
    public async Task DeleteMyDataAlsoAsksTheChannelAndTranscriptsToEraseTheConversationWhileOtherTurnsDoNot()
    {
        using var bot = new BotHarness();
        var erasing = new List<bool>();
        bot.Adapter.Use(new ErasureProbe(erasing));
        await bot.JoinAsync();
        await bot.SayAsync("my calf has been twitching");
        await bot.SayAsync("help");

        await bot.SayAsync("delete my data");
        await bot.SayAsync("hello");

        Assert.Equal([false, false, false, true, false], erasing);
    }

    [Theory]
    [MemberData(nameof(Prompts.Names), MemberType = typeof(Prompts))]
    public async Task FeedbackIsStoredWithoutPersonalDataAndThePendingQuestionComesBack(string prompt)
    {
        var storage = new RecordingStorage();
        using var bot = new BotHarness(storage: storage);
        await Prompts.ReachAsync(bot, prompt);

        var ask = await bot.SayAsync("feedback");
        Assert.Equal(BotText.FeedbackQuestion, Assert.Single(ask).Text);
        var replies = await bot.SayAsync("Too many questions");
        output.WriteLine(bot.ToString());
        Assert.Equal(BotText.FeedbackThanks, replies[0].Text);
        Assert.StartsWith(Prompts.QuestionStart(prompt), replies[^1].Text, StringComparison.Ordinal);

        var stored = (await storage.DumpAsync()).Where(kv => kv.Key.StartsWith(FeedbackDialog.KeyPrefix, StringComparison.Ordinal)).ToList();
        var feedback = Assert.Single(stored).Value;
        Assert.Contains("\"rating\":\"Too many questions\"", feedback, StringComparison.Ordinal);
        Assert.DoesNotContain("calf", feedback, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("user1", feedback, StringComparison.Ordinal);
        Assert.DoesNotContain("Convo1", feedback, StringComparison.Ordinal);
    }

    /// <summary>Records, after each turn, whether the turn asked for <see cref="Protocol.PersonalDataErasure"/>.</summary>
    private sealed class ErasureProbe(List<bool> erasing) : Protocol.IMiddleware
    {
        public async Task OnTurnAsync(Protocol.ITurnContext turnContext, Protocol.NextDelegate next, CancellationToken cancellationToken)
        {
            await next(cancellationToken);
            erasing.Add(Protocol.PersonalDataErasure.IsRequested(turnContext));
        }
    }
}
