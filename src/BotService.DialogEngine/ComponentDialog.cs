using BotService.Protocol;

namespace BotService.DialogEngine;

/// <summary>
/// A dialog made of dialogs: its own <see cref="DialogSet"/> and an inner stack persisted inside its instance
/// state under <c>dialogs</c>, so stacks nest as JSON. <see cref="OnContinueDialogAsync"/> is the interruption
/// point ("help", "cancel"): override it, handle the interruption, or call the base to continue the inner stack.
/// </summary>
public class ComponentDialog : Dialog
{
    public const string PersistedDialogState = "dialogs";

    private readonly DialogSet _dialogs = new();

    public ComponentDialog(string? dialogId = null) : base(dialogId) { }

    /// <summary>The inner dialog begun first; defaults to the first one added.</summary>
    public string? InitialDialogId { get; set; }

    public ComponentDialog AddDialog(Dialog dialog)
    {
        _dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    public Dialog? FindDialog(string dialogId) => _dialogs.Find(dialogId);

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext outerDc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        var innerState = new DialogState();
        outerDc.ActiveDialog!.State[PersistedDialogState] = innerState;
        var innerDc = new DialogContext(_dialogs, outerDc.Context, innerState, outerDc);
        var turnResult = await OnBeginDialogAsync(innerDc, options, cancellationToken).ConfigureAwait(false);
        return turnResult.Status == DialogTurnStatus.Waiting
            ? EndOfTurn
            : await EndComponentAsync(outerDc, turnResult.Result, cancellationToken).ConfigureAwait(false);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext outerDc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        var innerDc = CreateInnerContext(outerDc.Context, outerDc.ActiveDialog!, outerDc);
        var turnResult = await OnContinueDialogAsync(innerDc, cancellationToken).ConfigureAwait(false);
        return turnResult.Status == DialogTurnStatus.Waiting
            ? EndOfTurn
            : await EndComponentAsync(outerDc, turnResult.Result, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A dialog the component started on the outer stack ended: ask the inner question again and keep waiting.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext outerDc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        await RepromptDialogAsync(outerDc.Context, outerDc.ActiveDialog!, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        var innerDc = CreateInnerContext(turnContext, instance, null);
        await innerDc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
        await OnRepromptDialogAsync(turnContext, instance, cancellationToken).ConfigureAwait(false);
    }

    public override async Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        if (reason == DialogReason.CancelCalled)
        {
            var innerDc = CreateInnerContext(turnContext, instance, null);
            await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        }

        await OnEndDialogAsync(turnContext, instance, reason, cancellationToken).ConfigureAwait(false);
    }

    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        return innerDc.BeginDialogAsync(InitialDialogId ?? throw new InvalidOperationException($"ComponentDialog '{Id}' has no dialogs."), options, cancellationToken);
    }

    /// <summary>The interruption hook: runs on every user reply before the inner stack sees it.</summary>
    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        return innerDc.ContinueDialogAsync(cancellationToken);
    }

    protected virtual Task OnEndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnRepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The inner stack finished: end the component on the outer stack with the inner result.</summary>
    protected virtual Task<DialogTurnResult> EndComponentAsync(DialogContext outerDc, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        return outerDc.EndDialogAsync(result, cancellationToken);
    }

    private DialogContext CreateInnerContext(ITurnContext turnContext, DialogInstance instance, DialogContext? outerDc)
    {
        var innerState = instance.State.GetOrAdd(PersistedDialogState, () => new DialogState());
        return new DialogContext(_dialogs, turnContext, innerState, outerDc);
    }
}
