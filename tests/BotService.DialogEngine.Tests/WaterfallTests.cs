using BotService.DialogEngine.Prompts;
using BotService.DialogEngine.Waterfall;
using BotService.Protocol;
using BotService.Protocol.Schema;

namespace BotService.DialogEngine.Tests;

public sealed class WaterfallTests
{
    [Fact]
    public async Task RunsOneStepPerTurnAndEndsWithTheLastStepsResult()
    {
        var harness = new DialogHarness(new WaterfallDialog("greeting",
        [
            async (step, ct) => { await step.Context.SendActivityAsync("step1", cancellationToken: ct); return Dialog.EndOfTurn; },
            async (step, ct) => { await step.Context.SendActivityAsync($"step2 after {step.Result}", cancellationToken: ct); return Dialog.EndOfTurn; },
            async (step, ct) => { await step.Context.SendActivityAsync("step3", cancellationToken: ct); return await step.EndDialogAsync("done", ct); },
        ]));

        await harness.Flow()
            .Send("hello").AssertReply("step1")
            .Send("hello again").AssertReply("step2 after hello again")
            .Send("bye").AssertReply("step3")
            .AssertNoReply()
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Complete, harness.LastResult.Status);
        Assert.True(harness.LastResult.TryGetResult<string>(out var result));
        Assert.Equal("done", result);
    }

    [Fact]
    public async Task EndsWithTheResultOfTheLastStepWhenItFallsOffTheEnd()
    {
        var harness = new DialogHarness(new WaterfallDialog("w",
        [
            (step, ct) => step.NextAsync(41, ct),
            (step, ct) => Task.FromResult(new DialogTurnResult(DialogTurnStatus.Waiting)),
        ]));

        await harness.Flow().Send("go").Send("the answer").StartTestAsync();

        Assert.Equal(DialogTurnStatus.Complete, harness.LastResult.Status);
        Assert.Equal("the answer", harness.LastResult.Result);
    }

    [Fact]
    public async Task SkipsAheadWithNextAndPassesItsResult()
    {
        var harness = new DialogHarness(new WaterfallDialog("w",
        [
            (step, ct) => step.NextAsync(7, ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"got {step.Result} by {step.Reason}", cancellationToken: ct);
                return Dialog.EndOfTurn;
            },
        ]));

        await harness.Flow().Send("go").AssertReply("got 7 by NextCalled").StartTestAsync();
    }

    [Fact]
    public async Task RefusesASecondNextInTheSameStep()
    {
        InvalidOperationException? error = null;
        var harness = new DialogHarness(new WaterfallDialog("w",
        [
            async (step, ct) =>
            {
                var first = await step.NextAsync(null, ct);
                error = await Assert.ThrowsAsync<InvalidOperationException>(() => step.NextAsync(null, ct));
                return first;
            },
            (step, ct) => Task.FromResult(Dialog.EndOfTurn),
        ]));

        await harness.Flow().Send("go").StartTestAsync();

        Assert.Contains("already called", error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IgnoresTypingAndEventsWhileWaiting()
    {
        var harness = new DialogHarness(new WaterfallDialog("w",
        [
            async (step, ct) => { await step.Context.SendActivityAsync("first", cancellationToken: ct); return Dialog.EndOfTurn; },
            async (step, ct) => { await step.Context.SendActivityAsync($"second: {step.Result}", cancellationToken: ct); return Dialog.EndOfTurn; },
        ]));
        var typing = harness.Adapter.MakeActivity();
        typing.Type = ActivityTypes.Typing;
        var ev = harness.Adapter.MakeActivity();
        ev.Type = ActivityTypes.Event;
        ev.Name = "ping";

        await harness.Flow()
            .Send("start").AssertReply("first")
            .Send(typing).AssertNoReply()
            .Send(ev).AssertNoReply()
            .Send("real answer").AssertReply("second: real answer")
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Waiting, harness.Results[1].Status);
    }

    [Fact]
    public async Task KeepsValuesAndTypedOptionsAcrossTurns()
    {
        const string NameKey = "name";
        var harness = new DialogHarness(new WaterfallDialog("w",
        [
            async (step, ct) =>
            {
                step.Values[NameKey] = step.Context.Activity.Text;
                await step.Context.SendActivityAsync($"hello {step.GetOptions<Greeting>()!.Salutation}", cancellationToken: ct);
                return Dialog.EndOfTurn;
            },
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"{step.GetOptions<Greeting>()!.Salutation} {step.Values.GetValue<string>(NameKey)}, you said {step.Result}", cancellationToken: ct);
                return Dialog.EndOfTurn;
            },
        ]));
        harness.RootOptions = new Greeting("Dr.");

        await harness.Flow()
            .Send("Ann").AssertReply("hello Dr.")
            .Send("hi").AssertReply("Dr. Ann, you said hi")
            .StartTestAsync();

        Assert.Contains("\"options\":{\"salutation\":\"Dr.\"}", await harness.StoredStateJsonAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResumesFromAStepIndexStoredAsInt64()
    {
        var harness = new DialogHarness(new WaterfallDialog("w",
        [
            (step, ct) => Task.FromResult(Dialog.EndOfTurn),
            async (step, ct) => { await step.Context.SendActivityAsync("second", cancellationToken: ct); return Dialog.EndOfTurn; },
            async (step, ct) => { await step.Context.SendActivityAsync("third", cancellationToken: ct); return Dialog.EndOfTurn; },
        ]));
        var context = new TurnContext(harness.Adapter, harness.Adapter.MakeActivity("x"));
        var state = new DialogState([new DialogInstance { Id = "w", State = new() { ["stepIndex"] = 1L, ["values"] = new Dictionary<string, object?>() } }]);
        await harness.DialogState.SetAsync(context, state);
        await harness.ConversationState.SaveChangesAsync(context);

        await harness.Flow().Send("go").AssertReply("third").StartTestAsync();
    }

    [Fact]
    public async Task LoopsByReplacingItself()
    {
        var loop = new WaterfallDialog("loop");
        loop.AddStep(async (step, ct) =>
        {
            var round = step.GetOptions<int?>() ?? 1;
            await step.Context.SendActivityAsync($"round {round}", cancellationToken: ct);
            return Dialog.EndOfTurn;
        });
        loop.AddStep((step, ct) => step.Result as string == "stop"
            ? step.EndDialogAsync("stopped", ct)
            : step.ReplaceDialogAsync("loop", (step.GetOptions<int?>() ?? 1) + 1, ct));
        var harness = new DialogHarness(loop);

        await harness.Flow()
            .Send("go").AssertReply("round 1")
            .Send("again").AssertReply("round 2")
            .Send("again").AssertReply("round 3")
            .Send("stop").AssertNoReply()
            .StartTestAsync();

        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Complete, "stopped"), harness.LastResult);
    }

    [Fact]
    public async Task PassesAPromptsValueToTheNextStep()
    {
        var root = new ComponentDialog("root")
            .AddDialog(new WaterfallDialog("w",
            [
                (step, ct) => step.PromptAsync(nameof(TextPrompt), new PromptOptions { Prompt = MessageFactory.Text("Your name?") }, ct),
                async (step, ct) => { await step.Context.SendActivityAsync($"Thanks {step.Result}", cancellationToken: ct); return await step.EndDialogAsync(step.Result, ct); },
            ]))
            .AddDialog(new TextPrompt());
        var harness = new DialogHarness(root);

        await harness.Flow()
            .Send("hi").AssertReply("Your name?")
            .Send("Ann").AssertReply("Thanks Ann")
            .StartTestAsync();

        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Complete, "Ann"), harness.LastResult);
    }

    [Fact]
    public async Task TellsEachStepWhyItRuns()
    {
        var reasons = new List<DialogReason>();
        var root = new ComponentDialog("root")
            .AddDialog(new WaterfallDialog("w",
            [
                (step, ct) => { reasons.Add(step.Reason); return step.PromptAsync(nameof(TextPrompt), new PromptOptions { Prompt = MessageFactory.Text("?") }, ct); },
                (step, ct) => { reasons.Add(step.Reason); return Task.FromResult(Dialog.EndOfTurn); },
                (step, ct) => { reasons.Add(step.Reason); return step.NextAsync(null, ct); },
                (step, ct) => { reasons.Add(step.Reason); return step.EndDialogAsync(null, ct); },
            ]))
            .AddDialog(new TextPrompt());
        var harness = new DialogHarness(root);

        await harness.Flow().Send("a").AssertReply("?").Send("b").Send("c").StartTestAsync();

        Assert.Equal([DialogReason.BeginCalled, DialogReason.EndCalled, DialogReason.ContinueCalled, DialogReason.NextCalled], reasons);
    }

    [Fact]
    public async Task ReadsItsOwnOptionsEvenAfterBeginningAChild()
    {
        string? seen = null;
        var root = new ComponentDialog("root")
            .AddDialog(new WaterfallDialog("w",
            [
                async (step, ct) =>
                {
                    var result = await step.PromptAsync(nameof(TextPrompt), new PromptOptions { Prompt = MessageFactory.Text("?") }, ct);
                    seen = step.GetOptions<string>();
                    return result;
                },
            ]))
            .AddDialog(new TextPrompt());
        var harness = new DialogHarness(root) { RootOptions = "mine" };

        await harness.Flow().Send("a").AssertReply("?").StartTestAsync();

        Assert.Equal("mine", seen);
    }

    private sealed record Greeting(string Salutation);
}
