using BotService.Dialogs.Tests.Support;
using BotService.Protocol.Schema;
using BotService.Triage;
using Xunit.Abstractions;

namespace BotService.Dialogs.Tests;

/// <summary>The three conversations of conversation-examples.md, played through the real bot.</summary>
public sealed class ConversationExampleTests(ITestOutputHelper output)
{
    [Fact]
    public async Task ABenignEyelidTwitchToldAllAtOnceIsConfirmedInOneLineAndEndsInSelfCare()
    {
        using var bot = new BotHarness();
        var first = await bot.SayAsync("my left eyelid has been twitching for about 4 days. exam week, like 5 coffees a day and not much sleep");
        var reply = Assert.Single(first);
        output.WriteLine(bot.ToString());
        Assert.StartsWith("Thanks, that helps. I understood: left eyelid, about 4 days, with ", reply.Text, StringComparison.Ordinal);
        Assert.Contains(reply.SuggestedActions!.Actions, a => a.Title == "None of these");
        Assert.Null(BotHarness.OutcomeIn(first));

        var answer = await bot.SayAsync("none");
        output.WriteLine(bot.ToString());
        var outcome = BotHarness.OutcomeIn(answer);
        Assert.NotNull(outcome);
        Assert.Equal(TriageLevels.SelfCare, outcome.Disposition);
        Assert.Equal("eyelid", outcome.Findings.Location);
        var text = answer[0].Text!;
        Assert.StartsWith("**You can most likely look after this at home**", text, StringComparison.Ordinal);
        Assert.Contains("Source", text, StringComparison.Ordinal);
        Assert.Equal(TextFormatTypes.Markdown, answer[0].TextFormat);
        Assert.Equal("Anything else?", answer[^1].Text);
        Assert.Equal(["Ask a question", "Start over"], answer[^1].SuggestedActions!.Actions.Select(a => a.Title));
    }

    [Fact]
    public async Task ACrampThatTurnsOutToBeChestPainIsEscalatedInTheSameReply()
    {
        using var bot = new BotHarness();
        var first = await bot.SayAsync("my calf keeps cramping since my run this morning, any tips?");
        output.WriteLine(bot.ToString());
        Assert.Null(BotHarness.OutcomeIn(first));
        Assert.Contains("since this morning, with exercise", first[^1].Text, StringComparison.Ordinal);
        var buttons = first[^1].SuggestedActions!.Actions.Select(a => a.Title).ToList();
        Assert.Equal(["Swelling", "Dark urine"], buttons.Take(2));
        Assert.DoesNotContain("Your face drooping", buttons);

        var escalation = await bot.SayAsync("tbh my chest feels tight and heavy and it's going into my jaw");
        output.WriteLine(bot.ToString());
        var outcome = BotHarness.OutcomeIn(escalation);
        Assert.NotNull(outcome);
        Assert.Equal(TriageLevels.Emergency, outcome.Disposition);
        var reply = Assert.Single(escalation);
        Assert.StartsWith("**Please call 911 now**", reply.Text, StringComparison.Ordinal);
        Assert.Contains("I've stopped the questions so nothing delays you.", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQuestionInTheMiddleIsAnsweredWithItsSourceAndThePendingQuestionIsAskedAgain()
    {
        using var bot = new BotHarness();
        var first = await bot.SayAsync("my calf has been twitching");
        output.WriteLine(bot.ToString());
        Assert.Contains("How long", first[^1].Text, StringComparison.Ordinal);

        var replies = await bot.SayAsync("wait, is this ALS?? i keep reading about it");
        output.WriteLine(bot.ToString());
        Assert.Equal(2, replies.Count);
        Assert.Contains("weakness", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("Source", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains(replies[0].Entities!, e => e.Type == CitationEntities.MessageEntityType);
        Assert.StartsWith("Back to your calf: how long", replies[1].Text, StringComparison.Ordinal);
        Assert.Null(BotHarness.OutcomeIn(replies));
    }

    [Theory]
    [InlineData("my left eyelid has been twitching for 3 days", "The eyelid closing fully", "Twisting or pulling movements (neck, eyes, tongue)")]
    [InlineData("my calf has been twitching for a few days", "Weakness", "Swelling")]
    [InlineData("my thumb keeps twitching, started 3 days ago", "Weakness", "Your face drooping")]
    public async Task TheWhatElseQuestionAsksFirstAboutTheSignsThatFitThePlaceAndTheComplaint(string said, string first, string notAmongThem)
    {
        using var bot = new BotHarness();
        var replies = await bot.SayAsync(said);
        output.WriteLine(bot.ToString());

        var buttons = replies[^1].SuggestedActions!.Actions.Select(a => a.Title).ToList();
        Assert.Equal(first, buttons[0]);
        Assert.DoesNotContain(notAmongThem, buttons);
    }

    [Theory]
    [InlineData("my left eyelid has been twitching for 3 days, I drink a lot of coffee", "lasts more than two weeks")]
    [InlineData("my calf cramps at night now and then, a few days", "cramp lasts more than")]
    public async Task TheAnswerStatesEachThresholdOnce(string said, string threshold)
    {
        using var bot = new BotHarness();
        await bot.SayAsync(said);
        var replies = await bot.SayAsync("none");
        output.WriteLine(bot.ToString());

        var answer = replies.Single(r => BotHarness.OutcomeIn([r]) is not null).Text!;
        Assert.Equal(1, CountOf(answer, threshold));
        Assert.Contains("Get help sooner if", answer, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
