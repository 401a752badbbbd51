using BotService.Dialogs.Tests.Support;
using BotService.Dialogs.Text;
using BotService.Protocol.Schema;
using BotService.Triage;
using Xunit.Abstractions;

namespace BotService.Dialogs.Tests;

/// <summary>Negation traps, slot filling, "not sure", re-asks, and telling a question from an answer.</summary>
public sealed class UnderstandingTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("calf twitching since yesterday. i do NOT have any weakness or numbness and no chest pain, just had loads of coffee")]
    [InlineData("my thumb twitches, I can still walk fine and lift things, no trouble breathing")]
    [InlineData("eyelid twitching, worried it might be ALS but no weakness at all")]
    [InlineData("Eyelid twitching. I had a small cut on my finger last month but my tetanus shot is up to date and it healed fine.")]
    [InlineData("my dad had a stroke last year, but I just have a twitchy eyelid")]
    public async Task NegatedWorriedOrOtherPeoplesSymptomsAreNotEscalated(string message)
    {
        using var bot = new BotHarness();
        var replies = await bot.SayAsync(message);
        output.WriteLine(bot.ToString());
        var outcome = BotHarness.OutcomeIn(replies);
        Assert.True(outcome is null || TriageLevels.Parse(outcome.Disposition) < TriageLevel.Urgent, bot.ToString());
        Assert.DoesNotContain(replies, r => r.Text!.Contains("Please call", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SomeoneWhoTellsEverythingAtOnceGetsTheAnswerWithoutBeingAskedAgain()
    {
        using var bot = new BotHarness();
        var replies = await bot.SayAsync(
            "my left eyelid has been twitching for 3 days, lots of coffee and stress at work. no weakness, no numbness, "
            + "no drooping, no other symptoms, no new medicines");
        output.WriteLine(bot.ToString());
        Assert.Equal(TriageLevels.SelfCare, BotHarness.OutcomeIn(replies)?.Disposition);
        Assert.DoesNotContain(replies, r => r.Text!.Contains("Where is", StringComparison.Ordinal) || r.Text.Contains("How long", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OnlyTheUnknownIsAskedAndWhatWasUnderstoodIsConfirmedOnce()
    {
        using var bot = new BotHarness();
        var first = await bot.SayAsync("my calf keeps twitching");
        Assert.Equal("Thanks, that helps. I understood: calf. How long has the twitching in your calf been going on?", first[^1].Text);
        var second = await bot.SayAsync("about 3 days");
        output.WriteLine(bot.ToString());
        Assert.StartsWith("Do you have any of these as well?", second[^1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("I understood", second[^1].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("my legs jerk when i fall asleep", "How long has the jerking in your leg been going on?")]
    [InlineData("my leg keeps jerking", "How long has the jerking in your leg been going on?")]
    [InlineData("my hand is shaking", "How long has the shaking in your hand been going on?")]
    [InlineData("my calf cramps", "How long has the cramping in your calf been going on?")]
    public async Task TheHowLongQuestionNamesTheProblemInThePersonsKindOfWord(string message, string question)
    {
        using var bot = new BotHarness();
        var replies = await bot.SayAsync(message);
        output.WriteLine(bot.ToString());
        Assert.EndsWith(question, replies[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDateOfSomeonesClosedOldFitIsNotTakenForHowLongTheTwitchHasLasted()
    {
        using var bot = new BotHarness();
        var replies = await bot.SayAsync("my calf cramps at night. my husband had a seizure last year and has been fine since");
        output.WriteLine(bot.ToString());

        Assert.StartsWith("Thanks, that helps. I understood: calf. How long has the cramping in your calf been going on?", replies[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotSureIsAcceptedAndTheConversationMovesOn()
    {
        using var bot = new BotHarness();
        await Prompts.ReachAsync(bot, Prompts.HowLong);
        var replies = await bot.SayAsync("not sure");
        output.WriteLine(bot.ToString());
        Assert.StartsWith("Do you have any of these as well?", replies[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnswerNotUnderstoodIsAskedAgainAtMostTwiceThenTheConversationMovesOn()
    {
        using var bot = new BotHarness();
        await Prompts.ReachAsync(bot, Prompts.HowLong);
        var first = await bot.SayAsync("banana");
        Assert.StartsWith(BotText.DidNotCatch + "How long", Assert.Single(first).Text, StringComparison.Ordinal);
        var second = await bot.SayAsync("purple");
        Assert.StartsWith(BotText.DidNotCatch + "How long", Assert.Single(second).Text, StringComparison.Ordinal);
        var third = await bot.SayAsync("banana again");
        output.WriteLine(bot.ToString());
        Assert.StartsWith("Do you have any of these as well?", third[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFirstMessageNamingTheChestInUnknownWordsStartsTheQuestionsInsteadOfTheMenu()
    {
        using var bot = new BotHarness();
        var replies = await bot.SayAsync("something is wrong with my chest");
        output.WriteLine(bot.ToString());
        Assert.DoesNotContain(replies, r => r.Text!.StartsWith("I'm not sure what you mean", StringComparison.Ordinal));
        Assert.NotNull(await bot.PendingAsync());
    }

    [Fact]
    public async Task NewDetailsGivenInsteadOfAnAnswerAreAcknowledgedAndCountTowardsTheAdvice()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("my calf keeps twitching");
        var replies = await bot.SayAsync("also my thigh has started twitching too and i feel a bit weak");
        Assert.StartsWith(BotText.NotedThat + "How long", Assert.Single(replies).Text, StringComparison.Ordinal);

        await bot.SayAsync("3 weeks");
        var answer = await bot.SayAsync("none");
        output.WriteLine(bot.ToString());
        Assert.Equal(TriageLevels.Soon, BotHarness.OutcomeIn(answer)?.Disposition);
        Assert.Contains(answer, r => r.Text!.Contains("you mentioned weakness", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Prompts.HowLong, "How long")]
    [InlineData(Prompts.WhatElse, "Do you have any of these as well?")]
    public async Task AMessageWithoutTextIsNeverTakenAsTheAnswerAndTheQuestionIsAskedAgain(string prompt, string question)
    {
        // Teams sends no text for a pasted picture or a press on a card that is not ours; at the red-flag question,
        // taking that as "none of these" would skip the very question that looks for an emergency.
        using var bot = new BotHarness();
        await Prompts.ReachAsync(bot, prompt);
        var picture = bot.Adapter.MakeActivity(string.Empty);
        picture.Attachments = [new Attachment { ContentType = "image/png", ContentUrl = "https://example.invalid/photo.png" }];
        var foreignPress = bot.Adapter.MakeActivity(string.Empty);
        foreignPress.Value = System.Text.Json.JsonSerializer.SerializeToElement(new { action = "refresh", cardId = "weather-42" });

        var first = await bot.SendAsync(picture);
        var second = await bot.SendAsync(foreignPress);
        var third = await bot.SendAsync(picture);
        output.WriteLine(bot.ToString());

        // Unlike words not understood, no words never count as the third reply that moves on.
        Assert.All([first, second, third], replies => Assert.StartsWith(BotText.DidNotCatch + question, Assert.Single(replies).Text, StringComparison.Ordinal));
        Assert.NotNull(await bot.PendingAsync());
    }

    [Fact]
    public async Task AnAnswerThatSoundsLikeAQuestionButCarriesTheFindingIsTakenAsTheAnswer()
    {
        using var bot = new BotHarness();
        await Prompts.ReachAsync(bot, Prompts.HowLong);
        var replies = await bot.SayAsync("is it bad if it's been 3 weeks?");
        output.WriteLine(bot.ToString());
        Assert.DoesNotContain(replies, r => r.Text!.Contains("Source", StringComparison.Ordinal) && r.Text.Contains("Back to", StringComparison.Ordinal));
        Assert.StartsWith("Do you have any of these as well?", replies[^1].Text, StringComparison.Ordinal);

        var answer = await bot.SayAsync("none");
        Assert.Equal(TriageLevels.Soon, BotHarness.OutcomeIn(answer)?.Disposition);
    }

    [Fact]
    public async Task AButtonPressCountsEvenWhenItsWordsAreNotInTheLexicon()
    {
        using var bot = new BotHarness();
        await Prompts.ReachAsync(bot, Prompts.HowLong);
        var replies = await bot.SayAsync("More than 2 weeks");
        Assert.StartsWith("Do you have any of these as well?", replies[^1].Text, StringComparison.Ordinal);
        var answer = await bot.SayAsync("None of these");
        output.WriteLine(bot.ToString());
        var outcome = BotHarness.OutcomeIn(answer);
        Assert.Equal(TriageLevels.Soon, outcome?.Disposition);
        Assert.True(outcome!.Findings.DurationSeconds >= 14 * 86400);
    }

    [Fact]
    public async Task TheWhatElseQuestionIsMarkedMultiSelectForTeams()
    {
        using var bot = new BotHarness();
        await Prompts.ReachAsync(bot, Prompts.WhatElse);
        var pending = await bot.PendingAsync();
        Assert.NotNull(pending);
        Assert.Contains(pending.Choices, c => c.Title == BotText.NoneOfThese);
        var replies = await bot.SayAsync("help");
        Assert.Contains(replies[^1].Entities!, e => e.Type == "choiceQuestion");
    }

    [Fact]
    public async Task AQuestionTypedInPhoneShorthandIsAnsweredAsItsWordsMean()
    {
        using var bot = new BotHarness();
        var replies = await bot.SayAsync("wat causes my musle to twich wen i drink cofee?");
        output.WriteLine(bot.ToString());
        Assert.Contains(replies, r => r.Text!.StartsWith("Caffeine and nicotine", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, r => r.Text == BotText.OutOfScope);
    }

    [Fact]
    public async Task AQuestionAboutTheirOwnComplaintThatTheContentCannotAnswerStartsTheQuestions()
    {
        using var bot = new BotHarness();
        var replies = await bot.SayAsync("how would I know if my night jerks were actually a seizure? it's just the single jolt when I'm nodding off");
        output.WriteLine(bot.ToString());
        Assert.DoesNotContain(replies, r => r.Text == BotText.OutOfScope);
        Assert.NotNull(await bot.PendingAsync());
        Assert.Equal(InputHints.ExpectingInput, replies[^1].InputHint);
    }
}
