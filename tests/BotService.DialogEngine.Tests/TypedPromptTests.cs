using System.Text.Json;
using BotService.DialogEngine.Choices;
using BotService.DialogEngine.Prompts;
using BotService.Protocol;
using BotService.Protocol.Schema;
using BotService.Recognizers;
using BotService.Testing;

namespace BotService.DialogEngine.Tests;

public sealed class TypedPromptTests
{
    private static readonly IReadOnlyList<Choice> Places =
    [
        new("eyelid") { Synonyms = ["eye"] },
        new("calf") { Synonyms = ["lower leg"] },
        new("hand"),
    ];

    [Fact]
    public async Task ReadsANumberInWordsOrDigitsAndRetriesOnSomethingElse()
    {
        var harness = PromptTests.Harness(new NumberPrompt<int>("age"), Ask("How old are you?", "Please give a number, like 42."));

        await harness.Flow()
            .Send("hi").AssertReply("How old are you?")
            .Send("old enough").AssertReply("Please give a number, like 42.")
            .Send("I'm forty two").AssertReply("You said 42")
            .StartTestAsync();

        Assert.Equal(42, harness.LastResult.Result);
    }

    [Fact]
    public async Task RefusesAFractionForAnIntegerPrompt()
    {
        var harness = PromptTests.Harness(new NumberPrompt<int>("count"), Ask("How many?", "A whole number, please."));

        await harness.Flow()
            .Send("hi").AssertReply("How many?")
            .Send("2.5").AssertReply("A whole number, please.")
            .Send("3").AssertReply("You said 3")
            .StartTestAsync();
    }

    [Fact]
    public async Task AcceptsAFractionForADecimalPrompt()
    {
        var harness = PromptTests.Harness(new NumberPrompt<decimal>("hours"), Ask("How many hours?"));

        await harness.Flow().Send("hi").AssertReply("How many hours?").Send("2.5").AssertReply("You said 2.5").StartTestAsync();
    }

    [Fact]
    public async Task ConfirmsWithYesNoWordsOrTheNumberOfTheChoice()
    {
        var harness = PromptTests.Harness(new ConfirmPrompt("ok"), Ask("Is it painful?", "Please answer yes or no."));

        await harness.Flow()
            .Send("hi").AssertReply("Is it painful? (1) Yes or (2) No")
            .Send("perhaps").AssertReply("Please answer yes or no. (1) Yes or (2) No")
            .Send("nope").AssertReply("You said no")
            .StartTestAsync();
        var again = PromptTests.Harness(new ConfirmPrompt("ok"), Ask("Is it painful?"));
        await again.Flow().Send("hi").AssertReply("Is it painful? (1) Yes or (2) No").Send("1").AssertReply("You said yes").StartTestAsync();
    }

    [Fact]
    public async Task PicksAChoiceByValueSynonymOrOrdinal()
    {
        foreach (var (reply, expected) in new[] { ("calf", "calf"), ("my lower leg", "calf"), ("the third one", "hand"), ("2", "calf"), ("eye", "eyelid") })
        {
            var harness = PromptTests.Harness(new ChoicePrompt("where"), Ask("Where is it?", choices: Places, style: ListStyle.List));
            await harness.Flow().Send("hi").AssertReplyContains("Where is it?").Send(reply).AssertReply($"You said {expected}").StartTestAsync();
            Assert.True(harness.LastResult.TryGetResult<FoundChoice>(out var found));
            Assert.Equal(expected, found.Value);
        }
    }

    [Fact]
    public async Task AsksAgainWithTheChoicesWhenNoneMatches()
    {
        var harness = PromptTests.Harness(new ChoicePrompt("where"), Ask("Where is it?", "Please pick one:", Places, ListStyle.Inline));

        await harness.Flow()
            .Send("hi").AssertReply("Where is it? (1) eyelid, (2) calf, or (3) hand")
            .Send("my elbow").AssertReply("Please pick one: (1) eyelid, (2) calf, or (3) hand")
            .StartTestAsync();
    }

    [Fact]
    public async Task RendersEveryListStyle()
    {
        await ExpectRenderingAsync(ListStyle.List, Channels.Test, r => Assert.Equal("Where is it?\n\n   1. eyelid\n   2. calf\n   3. hand", r.Text));
        await ExpectRenderingAsync(ListStyle.SuggestedAction, Channels.Test, r =>
        {
            Assert.Equal("Where is it?", r.Text);
            Assert.Equal(["eyelid", "calf", "hand"], r.SuggestedActions!.Actions.Select(a => a.Title));
            Assert.All(r.SuggestedActions.Actions, a => Assert.Equal(ActionTypes.ImBack, a.Type));
        });
        await ExpectRenderingAsync(ListStyle.HeroCard, Channels.Test, r =>
        {
            var card = Assert.Single(r.Attachments!);
            Assert.Equal(AttachmentContentTypes.HeroCard, card.ContentType);
            var json = JsonSerializer.SerializeToElement(card.Content, BotJson.Options);
            Assert.Equal("Where is it?", json.GetProperty("text").GetString());
            Assert.Equal(3, json.GetProperty("buttons").GetArrayLength());
        });
        await ExpectRenderingAsync(ListStyle.None, Channels.Test, r => Assert.Equal("Where is it?", r.Text));
    }

    [Fact]
    public async Task ChoosesTheStylePerChannelWhenAuto()
    {
        await ExpectRenderingAsync(ListStyle.Auto, Channels.Webchat, r => Assert.Equal(3, r.SuggestedActions!.Actions.Count));
        await ExpectRenderingAsync(ListStyle.Auto, Channels.Msteams, r => Assert.Equal(AttachmentContentTypes.HeroCard, Assert.Single(r.Attachments!).ContentType));
        await ExpectRenderingAsync(ListStyle.Auto, Channels.Test, r => Assert.Equal("Where is it? (1) eyelid, (2) calf, or (3) hand", r.Text));
    }

    [Fact]
    public async Task ReadsADurationAndRetriesWhenThereIsNone()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 3, 12, 10, 0, 0, TimeSpan.Zero));
        var harness = PromptTests.Harness(new DurationPrompt("howLong", timeProvider: clock), Ask("How long has it been going on?", "Roughly how long: days, weeks, months?"));

        await harness.Flow()
            .Send("hi").AssertReply("How long has it been going on?")
            .Send("it's annoying").AssertReply("Roughly how long: days, weeks, months?")
            .Send("about 3 days").AssertReplyContains("You said")
            .StartTestAsync();

        Assert.True(harness.LastResult.TryGetResult<DurationReading>(out var reading));
        Assert.Equal(TimeSpan.FromDays(3).TotalSeconds, reading.Seconds);
    }

    private static async Task ExpectRenderingAsync(ListStyle style, string channelId, Action<Activity> check)
    {
        var harness = new DialogHarness(new ComponentDialog("root")
            .AddDialog(new Waterfall.WaterfallDialog("ask", [(step, ct) => step.PromptAsync("where", Ask("Where is it?", choices: Places, style: style), ct)]))
            .AddDialog(new ChoicePrompt("where")), channelId: channelId);

        await harness.Flow().Send("hi").AssertReply(reply =>
        {
            Assert.Equal(InputHints.ExpectingInput, reply.InputHint);
            check(reply);
        }).StartTestAsync();
    }

    private static PromptOptions Ask(string prompt, string? retry = null, IReadOnlyList<Choice>? choices = null, ListStyle? style = null) => new()
    {
        Prompt = MessageFactory.Text(prompt),
        RetryPrompt = retry is null ? null : MessageFactory.Text(retry),
        Choices = choices,
        Style = style,
    };
}
