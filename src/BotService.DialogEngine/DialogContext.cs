using BotService.DialogEngine.Prompts;
using BotService.Protocol;

namespace BotService.DialogEngine;

/// <summary>
/// The stack operations of one turn over one <see cref="DialogSet"/> (style.md §2.5). The top of the stack is
/// index 0. Exceptions thrown by dialogs carry the stack in <c>Exception.Data["DialogStack"]</c>.
/// </summary>
public class DialogContext
{
    /// <summary>The key under which exceptions carry the dialog stack (ids, top first).</summary>
    public const string ExceptionStackKey = "DialogStack";

    public DialogContext(DialogSet dialogs, ITurnContext turnContext, DialogState state, DialogContext? parent = null)
    {
        Dialogs = dialogs ?? throw new ArgumentNullException(nameof(dialogs));
        Context = turnContext ?? throw new ArgumentNullException(nameof(turnContext));
        Stack = (state ?? throw new ArgumentNullException(nameof(state))).DialogStack;
        Parent = parent;
    }

    /// <summary>A context sharing <paramref name="other"/>'s set, turn and stack (a waterfall step).</summary>
    protected DialogContext(DialogContext other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Dialogs = other.Dialogs;
        Context = other.Context;
        Stack = other.Stack;
        Parent = other.Parent;
    }

    public DialogSet Dialogs { get; }

    public ITurnContext Context { get; }

    public List<DialogInstance> Stack { get; }

    /// <summary>The context of the component dialog that owns this stack; null at the root.</summary>
    public DialogContext? Parent { get; }

    public DialogInstance? ActiveDialog => Stack.Count > 0 ? Stack[0] : null;

    /// <summary>Pushes a new instance of <paramref name="dialogId"/> (found here or in a parent set) and begins it.</summary>
    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(dialogId);
        RejectToken(options, nameof(options));
        var dialog = FindDialog(dialogId) ?? throw new InvalidOperationException(
            $"DialogContext.BeginDialogAsync(): a dialog with the id '{dialogId}' was not found in this set or a parent's; add it first.");
        try
        {
            Stack.Insert(0, new DialogInstance { Id = dialogId });
            return await dialog.BeginDialogAsync(this, options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (Tag(ex))
        {
            throw;
        }
    }

    /// <summary>Begins a prompt; prompts require their options.</summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Passes the turn to the active dialog; <see cref="DialogTurnStatus.Empty"/> when there is none.</summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is not { } instance)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        try
        {
            return await ActiveDialogObject(instance).ContinueDialogAsync(this, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (Tag(ex))
        {
            throw;
        }
    }

    /// <summary>
    /// Ends the active dialog with <paramref name="result"/>. The dialog below it, if any, resumes with the result;
    /// otherwise the stack is done and the status is <see cref="DialogTurnStatus.Complete"/>.
    /// </summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        RejectToken(result, nameof(result));
        try
        {
            await EndActiveDialogAsync(DialogReason.EndCalled, cancellationToken).ConfigureAwait(false);
            if (ActiveDialog is { } parent)
            {
                return await ActiveDialogObject(parent).ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken).ConfigureAwait(false);
            }

            return new DialogTurnResult(DialogTurnStatus.Complete, result);
        }
        catch (Exception ex) when (Tag(ex))
        {
            throw;
        }
    }

    /// <summary>Ends every dialog on this stack with reason CancelCalled: <see cref="DialogTurnStatus.Cancelled"/>, or Empty if there were none.</summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default)
    {
        if (Stack.Count == 0)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        try
        {
            while (Stack.Count > 0)
            {
                await EndActiveDialogAsync(DialogReason.CancelCalled, cancellationToken).ConfigureAwait(false);
            }

            return new DialogTurnResult(DialogTurnStatus.Cancelled);
        }
        catch (Exception ex) when (Tag(ex))
        {
            throw;
        }
    }

    /// <summary>Cancels this stack and, with <paramref name="cancelParents"/>, every parent stack up to the root.</summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(bool cancelParents, CancellationToken cancellationToken = default)
    {
        var result = await CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        for (var parent = cancelParents ? Parent : null; parent is not null; parent = parent.Parent)
        {
            var parentResult = await parent.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
            if (parentResult.Status == DialogTurnStatus.Cancelled)
            {
                result = parentResult;
            }
        }

        return result;
    }

    /// <summary>Ends the active dialog (reason ReplaceCalled) and begins <paramref name="dialogId"/> in its place: how loops are written.</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        RejectToken(options, nameof(options));
        try
        {
            await EndActiveDialogAsync(DialogReason.ReplaceCalled, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (Tag(ex))
        {
            throw;
        }

        return await BeginDialogAsync(dialogId, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Asks the active dialog to send its question again.</summary>
    public async Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is not { } instance)
        {
            return;
        }

        try
        {
            await ActiveDialogObject(instance).RepromptDialogAsync(Context, instance, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (Tag(ex))
        {
            throw;
        }
    }

    /// <summary>The dialog with <paramref name="dialogId"/> in this set or the nearest parent's; null when none has it.</summary>
    public Dialog? FindDialog(string dialogId)
    {
        for (var context = this; context is not null; context = context.Parent)
        {
            if (context.Dialogs.Find(dialogId) is { } dialog)
            {
                return dialog;
            }
        }

        return null;
    }

    /// <summary>The ids on this stack and its parents', top first: "prompt &lt; waterfall &lt; MainDialog".</summary>
    public string DescribeStack()
    {
        var ids = new List<string>();
        for (var context = this; context is not null; context = context.Parent)
        {
            ids.AddRange(context.Stack.Select(i => i.Id));
        }

        return string.Join(" < ", ids);
    }

    private async Task EndActiveDialogAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        if (ActiveDialog is not { } instance)
        {
            return;
        }

        await ActiveDialogObject(instance).EndDialogAsync(Context, instance, reason, cancellationToken).ConfigureAwait(false);
        Stack.RemoveAt(0);
    }

    private Dialog ActiveDialogObject(DialogInstance instance) =>
        FindDialog(instance.Id) ?? throw new InvalidOperationException(
            $"The stack names a dialog '{instance.Id}' that is not in this set or a parent's (was it renamed or removed since the state was saved?).");

    private bool Tag(Exception ex)
    {
        if (!ex.Data.Contains(ExceptionStackKey))
        {
            ex.Data[ExceptionStackKey] = DescribeStack();
        }

        return false;
    }

    private static void RejectToken(object? value, string parameter)
    {
        if (value is CancellationToken)
        {
            throw new ArgumentException("A CancellationToken was passed as the options or result; pass it as the cancellationToken argument.", parameter);
        }
    }
}
