using BotService.Protocol;

namespace BotService.DialogEngine;

/// <summary>
/// A step of a conversation that can span turns. Dialog objects are singletons shared by every conversation:
/// they keep nothing per conversation; everything lives in the <see cref="DialogInstance"/> on the stack.
/// </summary>
public abstract class Dialog
{
    /// <summary>"Waiting for the user": what a dialog returns when it has asked something.</summary>
    public static readonly DialogTurnResult EndOfTurn = new(DialogTurnStatus.Waiting);

    protected Dialog(string? dialogId = null) => Id = string.IsNullOrEmpty(dialogId) ? GetType().Name : dialogId;

    public string Id { get; }

    /// <summary>Starts the dialog; its instance is already on top of the stack (<see cref="DialogContext.ActiveDialog"/>).</summary>
    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default);

    /// <summary>The user replied while this dialog was active. By default the dialog ends.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>A child dialog ended and this one is on top again. By default it ends, passing the result upward.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync(result, cancellationToken);
    }

    /// <summary>Asks the question again (after "help", or when a component resumes).</summary>
    public virtual Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <summary>Called as the instance leaves the stack, with the reason (ended, replaced or cancelled).</summary>
    public virtual Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public override string ToString() => Id;
}
