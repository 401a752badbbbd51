using BotService.DialogEngine.Prompts;
using BotService.DialogEngine.Waterfall;
using BotService.Protocol;
using BotService.Protocol.Schema;

namespace BotService.DialogEngine.Tests;

public sealed class ComponentDialogTests
{
    [Fact]
    public async Task KeepsItsInnerStackUnderDialogsInReadableJson()
    {
        var harness = new DialogHarness(new BookingDialog());

        await harness.Flow().Send("hi").AssertReply("Where to?").StartTestAsync();

        Assert.Equal(
            """{"DialogState":{"dialogStack":[{"id":"BookingDialog","state":{"dialogs":{"dialogStack":[{"id":"TextPrompt","state":{"options":{"prompt":{"type":"message","text":"Where to?","inputHint":"expectingInput"}},"state":{"attemptCount":0}}},{"id":"steps","state":{"values":{},"instanceId":"#","stepIndex":0}}]}}}]}}""",
            System.Text.RegularExpressions.Regex.Replace(await harness.StoredStateJsonAsync(), "\"instanceId\":\"[0-9a-f]+\"", "\"instanceId\":\"#\""));
    }

    [Fact]
    public async Task EndsWithTheInnerResultWhenTheInnerStackCompletes()
    {
        var harness = new DialogHarness(new BookingDialog());

        await harness.Flow()
            .Send("hi").AssertReply("Where to?")
            .Send("Paris").AssertReply("When?")
            .Send("Friday").AssertReply("Booked Paris on Friday")
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Complete, harness.LastResult.Status);
        Assert.True(harness.LastResult.TryGetResult<Booking>(out var booking));
        Assert.Equal(new Booking("Paris", "Friday"), booking);
    }

    [Fact]
    public async Task AnswersHelpFromTheInterruptionHookAndAsksTheSameQuestionAgain()
    {
        var harness = new DialogHarness(new BookingDialog());

        await harness.Flow()
            .Send("hi").AssertReply("Where to?")
            .Send("help").AssertReply("I book trips: tell me a city and a day.").AssertReply("Where to?")
            .Send("Rome").AssertReply("When?")
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Waiting, harness.Results[1].Status);
    }

    [Fact]
    public async Task CancelsTheInnerStackFromTheInterruptionHookAndCompletesWithoutAResult()
    {
        var harness = new DialogHarness(new BookingDialog());

        await harness.Flow()
            .Send("hi").AssertReply("Where to?")
            .Send("Paris").AssertReply("When?")
            .Send("cancel").AssertReply("Cancelling.")
            .StartTestAsync();

        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Complete), harness.LastResult);
        Assert.Contains("\"dialogStack\":[]", await harness.StoredStateJsonAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CancelsItsInnerDialogsWhenTheOuterStackIsCancelled()
    {
        var log = new List<string>();
        var component = new ComponentDialog("component").AddDialog(new RecordingDialog("inner", log));
        var harness = new DialogHarness(component);
        var context = new TurnContext(harness.Adapter, harness.Adapter.MakeActivity("hi"));
        var dc = await new DialogSet(harness.DialogState).Add(component).CreateContextAsync(context);
        await dc.BeginDialogAsync("component");

        var result = await dc.CancelAllDialogsAsync();

        Assert.Equal(DialogTurnStatus.Cancelled, result.Status);
        Assert.Equal(["inner:begin", "inner:end:CancelCalled"], log);
    }

    [Fact]
    public async Task RepromptsTheInnerDialogWhenResumed()
    {
        var log = new List<string>();
        var component = new ComponentDialog("component").AddDialog(new RecordingDialog("inner", log));
        var harness = new DialogHarness(component);
        var context = new TurnContext(harness.Adapter, harness.Adapter.MakeActivity("hi"));
        var dc = await new DialogSet(harness.DialogState).Add(component).Add(new RecordingDialog("aside", log)).CreateContextAsync(context);
        await dc.BeginDialogAsync("component");
        await dc.BeginDialogAsync("aside");

        var result = await dc.EndDialogAsync("ignored");

        Assert.Equal(DialogTurnStatus.Waiting, result.Status);
        Assert.Equal(["inner:begin", "aside:begin", "aside:end:EndCalled", "inner:reprompt"], log);
    }

    [Fact]
    public async Task FindsDialogsOfTheParentSetFromTheInnerStack()
    {
        var outerPrompt = new TextPrompt("outerPrompt");
        var component = new ComponentDialog("component").AddDialog(new WaterfallDialog("w",
        [
            (step, ct) => step.PromptAsync("outerPrompt", new PromptOptions { Prompt = MessageFactory.Text("From the parent set") }, ct),
        ]));
        var harness = new DialogHarness(component);
        var context = new TurnContext(harness.Adapter, harness.Adapter.MakeActivity("hi"));
        var dc = await new DialogSet(harness.DialogState).Add(component).Add(outerPrompt).CreateContextAsync(context);

        var result = await dc.BeginDialogAsync("component");

        Assert.Equal(DialogTurnStatus.Waiting, result.Status);
        Assert.Equal("From the parent set", harness.Adapter.GetNextReply()!.Text);
    }

    [Fact]
    public async Task EndsAtOnceWhenTheInnerDialogCompletesOnBegin()
    {
        var component = new ComponentDialog("component").AddDialog(new WaterfallDialog("w", [(step, ct) => step.EndDialogAsync(5, ct)]));
        var harness = new DialogHarness(component);

        await harness.Flow().Send("hi").AssertNoReply().StartTestAsync();

        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Complete, 5), harness.LastResult);
    }

    [Fact]
    public async Task ServesInterleavedConversationsFromOneDialogObject()
    {
        var shared = new BookingDialog();
        var storage = new BotService.Storage.Memory.MemoryStorage();
        var ann = new DialogHarness(shared, storage);
        var bob = new DialogHarness(shared, storage);
        bob.Adapter.Conversation.Conversation = new ConversationAccount("Convo2");

        await ann.Flow().Send("hi").AssertReply("Where to?").Send("Paris").AssertReply("When?").StartTestAsync();
        await bob.Flow().Send("hi").AssertReply("Where to?").Send("Oslo").AssertReply("When?").StartTestAsync();
        await ann.Flow().Send("Friday").AssertReply("Booked Paris on Friday").StartTestAsync();
        await bob.Flow().Send("Monday").AssertReply("Booked Oslo on Monday").StartTestAsync();
    }

    internal sealed record Booking(string City, string Day);

    /// <summary>The CancelAndHelpDialog shape of style.md rule 9 over a two-question waterfall.</summary>
    private sealed class BookingDialog : ComponentDialog
    {
        private const string CityKey = "city";

        public BookingDialog() : base(nameof(BookingDialog))
        {
            AddDialog(new WaterfallDialog("steps", [CityStepAsync, DayStepAsync, FinalStepAsync]));
            AddDialog(new TextPrompt());
        }

        protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
        {
            switch (innerDc.Context.Activity.Text?.Trim().ToLowerInvariant())
            {
                case "help":
                    await innerDc.Context.SendActivityAsync("I book trips: tell me a city and a day.", inputHint: InputHints.ExpectingInput, cancellationToken: cancellationToken);
                    await innerDc.RepromptDialogAsync(cancellationToken);
                    return EndOfTurn;
                case "cancel":
                    await innerDc.Context.SendActivityAsync("Cancelling.", inputHint: InputHints.IgnoringInput, cancellationToken: cancellationToken);
                    return await innerDc.CancelAllDialogsAsync(cancellationToken);
                default:
                    return await base.OnContinueDialogAsync(innerDc, cancellationToken);
            }
        }

        private static Task<DialogTurnResult> CityStepAsync(WaterfallStepContext step, CancellationToken ct) =>
            step.PromptAsync(nameof(TextPrompt), new PromptOptions { Prompt = MessageFactory.Text("Where to?") }, ct);

        private static Task<DialogTurnResult> DayStepAsync(WaterfallStepContext step, CancellationToken ct)
        {
            step.Values[CityKey] = step.Result;
            return step.PromptAsync(nameof(TextPrompt), new PromptOptions { Prompt = MessageFactory.Text("When?") }, ct);
        }

        private static async Task<DialogTurnResult> FinalStepAsync(WaterfallStepContext step, CancellationToken ct)
        {
            var booking = new Booking(step.Values.GetValue<string>(CityKey)!, (string)step.Result!);
            await step.Context.SendActivityAsync($"Booked {booking.City} on {booking.Day}", cancellationToken: ct);
            return await step.EndDialogAsync(booking, ct);
        }
    }
}
