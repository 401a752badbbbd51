using BotService.DialogEngine.Prompts;
using BotService.DialogEngine.Waterfall;
using BotService.Protocol;
using BotService.Protocol.Schema;

namespace BotService.DialogEngine.Tests;

public sealed class PromptTests
{
    private readonly List<int> _attempts = [];

    [Fact]
    public async Task RetriesWithTheRetryPromptAndCountsEveryAttempt()
    {
        var harness = Harness(new TextPrompt("name", (ctx, ct) =>
        {
            _attempts.Add(ctx.AttemptCount);
            return Task.FromResult(ctx.Recognized.Value!.Length > 2);
        }), new PromptOptions { Prompt = MessageFactory.Text("Your name?"), RetryPrompt = MessageFactory.Text("Please type at least three letters.") });

        await harness.Flow()
            .Send("hi").AssertReply("Your name?")
            .Send("A").AssertReply("Please type at least three letters.")
            .Send("Al").AssertReply("Please type at least three letters.")
            .Send("Ann").AssertReply("You said Ann")
            .StartTestAsync();

        Assert.Equal([1, 2, 3], _attempts);
    }

    [Fact]
    public async Task SendsThePromptAgainWhenThereIsNoRetryPrompt()
    {
        var harness = Harness(new TextPrompt("name", (ctx, ct) => Task.FromResult(ctx.Recognized.Value == "yes")),
            new PromptOptions { Prompt = MessageFactory.Text("Say yes") });

        await harness.Flow()
            .Send("hi").AssertReply("Say yes")
            .Send("no").AssertReply("Say yes")
            .Send("yes").AssertReply("You said yes")
            .StartTestAsync();
    }

    [Fact]
    public async Task LetsAValidatorsOwnMessageReplaceTheRetry()
    {
        var harness = Harness(new TextPrompt("name", async (ctx, ct) =>
        {
            await ctx.Context.SendActivityAsync("That is too short, try a longer name.", cancellationToken: ct);
            return false;
        }), new PromptOptions { Prompt = MessageFactory.Text("Your name?"), RetryPrompt = MessageFactory.Text("Retry") });

        await harness.Flow()
            .Send("hi").AssertReply("Your name?")
            .Send("A").AssertReply("That is too short, try a longer name.").AssertNoReply()
            .StartTestAsync();
    }

    [Fact]
    public async Task AValidatorReadsThePromptsOptionsAsTheyWereGivenAfterTheStateWasStored()
    {
        var harness = Harness(new TextPrompt("name", async (ctx, ct) =>
        {
            await ctx.Context.SendActivityAsync($"Still asking: {ctx.Options.Prompt?.Text} ({ctx.Options.Validations})", cancellationToken: ct);
            return false;
        }), new PromptOptions { Prompt = MessageFactory.Text("Your name?"), Validations = "three letters" });

        await harness.Flow()
            .Send("hi").AssertReply("Your name?")
            .Send("A").AssertReply("Still asking: Your name? (three letters)")
            .Send("B").AssertReply("Still asking: Your name? (three letters)")
            .StartTestAsync();
    }

    [Fact]
    public async Task AcceptsASentinelOnTheLastAttemptSoTheStepCanFallBack()
    {
        var harness = Harness(new TextPrompt("name", (ctx, ct) =>
        {
            if (ctx.Recognized.Value == "ok")
            {
                return Task.FromResult(true);
            }

            if (ctx.AttemptCount >= 2)
            {
                ctx.Recognized = ctx.Recognized with { Value = "(gave up)" };
                return Task.FromResult(true);
            }

            return Task.FromResult(false);
        }), new PromptOptions { Prompt = MessageFactory.Text("Say ok"), RetryPrompt = MessageFactory.Text("Please say ok") });

        await harness.Flow()
            .Send("hi").AssertReply("Say ok")
            .Send("x").AssertReply("Please say ok")
            .Send("y").AssertReply("You said (gave up)")
            .StartTestAsync();
    }

    [Fact]
    public async Task MarksThePromptAsExpectingInputWithoutChangingTheCallersActivity()
    {
        var question = MessageFactory.Text("Your name?");
        var harness = Harness(new TextPrompt("name"), new PromptOptions { Prompt = question });

        await harness.Flow()
            .Send("hi").AssertReply(reply => Assert.Equal(InputHints.ExpectingInput, reply.InputHint))
            .StartTestAsync();

        Assert.Null(question.InputHint);
    }

    [Fact]
    public async Task KeepsWaitingThroughNonMessageActivities()
    {
        var harness = Harness(new TextPrompt("name"), new PromptOptions { Prompt = MessageFactory.Text("Your name?") });
        var typing = harness.Adapter.MakeActivity();
        typing.Type = ActivityTypes.Typing;

        await harness.Flow()
            .Send("hi").AssertReply("Your name?")
            .Send(typing).AssertNoReply()
            .Send("Ann").AssertReply("You said Ann")
            .StartTestAsync();
    }

    [Fact]
    public async Task RequiresPromptOptions()
    {
        var harness = new DialogHarness(new ComponentDialog("root")
            .AddDialog(new WaterfallDialog("w", [(step, ct) => step.BeginDialogAsync("name", "not prompt options", ct)]))
            .AddDialog(new TextPrompt("name")));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => harness.Flow().Send("hi").StartTestAsync());

        Assert.Contains("PromptOptions", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AsksAgainWhenADialogBegunOnTopOfItEnds()
    {
        var log = new List<string>();
        var prompt = new TextPrompt("name");
        var harness = Harness(prompt, new PromptOptions { Prompt = MessageFactory.Text("Your name?") });
        var context = new TurnContext(harness.Adapter, harness.Adapter.MakeActivity("hi"));
        var set = new DialogSet(harness.DialogState).Add(prompt).Add(new RecordingDialog("aside", log));
        var dc = await set.CreateContextAsync(context);
        await dc.PromptAsync("name", new PromptOptions { Prompt = MessageFactory.Text("Your name?") });
        await dc.BeginDialogAsync("aside");

        var result = await dc.EndDialogAsync();

        Assert.Equal(DialogTurnStatus.Waiting, result.Status);
        Assert.Equal(["Your name?", "aside asks", "Your name?"], Drain(harness));
    }

    private static List<string?> Drain(DialogHarness harness)
    {
        var texts = new List<string?>();
        while (harness.Adapter.GetNextReply() is { } reply)
        {
            texts.Add(reply.Text);
        }

        return texts;
    }

    /// <summary>A waterfall that asks with <paramref name="prompt"/> and echoes the answer.</summary>
    internal static DialogHarness Harness<T>(Prompt<T> prompt, PromptOptions options) =>
        new(new ComponentDialog("root")
            .AddDialog(new WaterfallDialog("ask",
            [
                (step, ct) => step.PromptAsync(prompt.Id, options, ct),
                async (step, ct) =>
                {
                    await step.Context.SendActivityAsync($"You said {Format(step.Result)}", cancellationToken: ct);
                    return await step.EndDialogAsync(step.Result, ct);
                },
            ]))
            .AddDialog(prompt));

    private static string? Format(object? value) => value switch
    {
        bool b => b ? "yes" : "no",
        BotService.Recognizers.FoundChoice choice => choice.Value,
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value?.ToString(),
    };
}
