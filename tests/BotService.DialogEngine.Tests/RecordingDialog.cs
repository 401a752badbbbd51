using BotService.Protocol;

namespace BotService.DialogEngine.Tests;

/// <summary>A dialog that says its name, waits for one reply, and records every hook call with its reason.</summary>
internal sealed class RecordingDialog(string id, List<string> log, DialogTurnStatus onContinue = DialogTurnStatus.Complete) : Dialog(id)
{
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        log.Add($"{Id}:begin");
        await dc.Context.SendActivityAsync($"{Id} asks", cancellationToken: cancellationToken);
        return EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        log.Add($"{Id}:continue");
        return onContinue == DialogTurnStatus.CompleteAndWait
            ? new DialogTurnResult(DialogTurnStatus.CompleteAndWait, dc.Context.Activity.Text)
            : await dc.EndDialogAsync($"{Id} got {dc.Context.Activity.Text}", cancellationToken);
    }

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        log.Add($"{Id}:resume:{reason}:{result}");
        return base.ResumeDialogAsync(dc, reason, result, cancellationToken);
    }

    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        log.Add($"{Id}:reprompt");
        await turnContext.SendActivityAsync($"{Id} asks again", cancellationToken: cancellationToken);
    }

    public override Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        log.Add($"{Id}:end:{reason}");
        return Task.CompletedTask;
    }
}
