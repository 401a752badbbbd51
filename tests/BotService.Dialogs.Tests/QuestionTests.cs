using BotService.Dialogs.Tests.Support;
using BotService.Dialogs.Text;
using BotService.Protocol.Schema;
using Xunit.Abstractions;

namespace BotService.Dialogs.Tests;

/// <summary>Questions at any moment are answered from the content base with their sources; the pending question comes back.</summary>
public sealed class QuestionTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> PromptsAndQuestions()
    {
        var data = new TheoryData<string, string>();
        string[] questions = ["what causes muscle twitches?", "can magnesium help?", "which doctor should I see?", "what is an EMG", "is this ALS??"];
        foreach (var prompt in new[] { Prompts.Where, Prompts.HowLong, Prompts.WhatElse, Prompts.AnythingElse })
        {
            foreach (var question in questions)
            {
                data.Add(prompt, question);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PromptsAndQuestions))]
    public async Task AQuestionAtAnyPromptIsAnsweredWithItsSourceAndThePromptComesBack(string prompt, string question)
    {
        using var bot = new BotHarness();
        await Prompts.ReachAsync(bot, prompt);

        var replies = await bot.SayAsync(question);
        output.WriteLine(bot.ToString());
        Assert.Equal(2, replies.Count);
        Assert.Contains("\nSource", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains(replies[0].Entities!, e => e.Type == CitationEntities.MessageEntityType);
        Assert.DoesNotContain(BotText.OutOfScope, replies[0].Text, StringComparison.Ordinal);
        var expected = prompt == Prompts.AnythingElse ? "Anything else?" : "Back to ";
        Assert.StartsWith(expected, replies[1].Text, StringComparison.Ordinal);
        Assert.Equal(InputHints.ExpectingInput, replies[1].InputHint);
        Assert.Null(BotHarness.OutcomeIn(replies));
    }

    [Theory]
    [InlineData("where", "why do you ask?", WhyAskedText.Where)]
    [InlineData("how long", "what do you mean?", WhyAskedText.HowLong)]
    [InlineData("what else", "i dont understand", WhyAskedText.WhatElse)]
    [InlineData("what else", "Why are you asking that?", WhyAskedText.WhatElse)]
    public async Task WhyDoYouAskIsAnsweredForTheQuestionPendingAndTheQuestionComesBack(string prompt, string message, string why)
    {
        using var bot = new BotHarness();
        await Prompts.ReachAsync(bot, prompt);
        var replies = await bot.SayAsync(message);
        output.WriteLine(bot.ToString());
        Assert.Equal(2, replies.Count);
        Assert.Equal(why, replies[0].Text);
        Assert.Contains(Prompts.QuestionStart(prompt), replies[1].Text, StringComparison.Ordinal);
        Assert.Equal(InputHints.ExpectingInput, replies[1].InputHint);
        Assert.NotNull(replies[1].SuggestedActions);
    }

    [Theory]
    [InlineData("can you book me a flight to paris?")]
    [InlineData("what's the weather tomorrow?")]
    public async Task AnOutOfScopeQuestionGetsAnHonestNoAndThePendingQuestion(string question)
    {
        using var bot = new BotHarness();
        await Prompts.ReachAsync(bot, Prompts.HowLong);
        var replies = await bot.SayAsync(question);
        output.WriteLine(bot.ToString());
        Assert.Equal(BotText.OutOfScope, replies[0].Text);
        Assert.StartsWith("Back to your calf: how long", replies[1].Text, StringComparison.Ordinal);
        Assert.Equal(InputHints.ExpectingInput, replies[1].InputHint);
    }

    [Fact]
    public async Task AQuestionAsTheFirstMessageIsAnsweredAndThenTheBotOffersMore()
    {
        using var bot = new BotHarness();
        var replies = await bot.SayAsync("what causes muscle twitches?");
        output.WriteLine(bot.ToString());
        Assert.Contains("Source", replies[0].Text, StringComparison.Ordinal);
        Assert.Equal("Anything else?", replies[^1].Text);
        Assert.Equal([BotText.CheckMyTwitching, BotText.AskAQuestion], replies[^1].SuggestedActions!.Actions.Select(a => a.Title));
    }

    [Fact]
    public async Task AskAQuestionAsksWhatThePersonWantsToKnowAndAnswersIt()
    {
        using var bot = new BotHarness();
        var ask = await bot.SayAsync(BotText.AskAQuestion);
        Assert.Equal(BotText.WhatToKnow, Assert.Single(ask).Text);
        var replies = await bot.SayAsync("magnesium");
        output.WriteLine(bot.ToString());
        Assert.Contains("Source", replies[0].Text, StringComparison.Ordinal);
        Assert.Equal("Anything else?", replies[^1].Text);
    }
}
