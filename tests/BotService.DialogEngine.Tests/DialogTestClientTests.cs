using BotService.DialogEngine.Prompts;
using BotService.DialogEngine.Waterfall;
using BotService.Protocol;
using BotService.Testing;
using Xunit.Abstractions;

namespace BotService.DialogEngine.Tests;

public sealed class DialogTestClientTests(ITestOutputHelper output)
{
    [Fact]
    public async Task ReportsTheReplyAndTheDialogStatusAfterEachTurn()
    {
        var dialog = new ComponentDialog("ask")
            .AddDialog(new WaterfallDialog("steps",
            [
                (step, ct) => step.PromptAsync(nameof(ConfirmPrompt), new PromptOptions { Prompt = MessageFactory.Text($"Ready, {step.GetOptions<string>()}?") }, ct),
                async (step, ct) =>
                {
                    await step.Context.SendActivityAsync("First line", cancellationToken: ct);
                    await step.Context.SendActivityAsync("Second line", cancellationToken: ct);
                    return await step.EndDialogAsync(step.Result, ct);
                },
            ]))
            .AddDialog(new ConfirmPrompt());
        var client = new DialogTestClient("test", dialog, "Ann", [new XUnitDialogTestLogger(output)]);

        var question = await client.SendActivityAsync("hi");
        Assert.Equal("Ready, Ann? (1) Yes or (2) No", question!.Text);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult.Status);
        Assert.Equal("ask", client.DialogContext!.ActiveDialog!.Id);

        var first = await client.SendActivityAsync("yes please");
        Assert.Equal("First line", first!.Text);
        Assert.Equal("Second line", client.GetNextReply()!.Text);
        Assert.Null(client.GetNextReply());
        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Complete, true), client.DialogTurnResult);
    }
}
