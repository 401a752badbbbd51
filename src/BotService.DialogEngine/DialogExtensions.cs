using BotService.Protocol;
using BotService.Protocol.State;

namespace BotService.DialogEngine;

public static class DialogExtensions
{
    /// <summary>
    /// Runs <paramref name="dialog"/> for one turn: continue the stack, and if it was empty, begin the dialog
    /// (style.md §2.5). State is saved by AutoSaveStateMiddleware after the turn, not here. Exceptions carry the
    /// dialog stack in <c>Data["DialogStack"]</c> and go on to the adapter's OnTurnError.
    /// </summary>
    public static async Task<DialogTurnResult> RunAsync(this Dialog dialog, ITurnContext turnContext, IStatePropertyAccessor<DialogState> accessor, CancellationToken cancellationToken = default, object? options = null)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        var dialogSet = new DialogSet(accessor).Add(dialog);
        var dc = await dialogSet.CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var result = await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
        if (result.Status == DialogTurnStatus.Empty)
        {
            result = await dc.BeginDialogAsync(dialog.Id, options, cancellationToken).ConfigureAwait(false);
        }

        return result;
    }
}
