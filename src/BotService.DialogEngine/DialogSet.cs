using BotService.Protocol;
using BotService.Protocol.State;

namespace BotService.DialogEngine;

/// <summary>The dialogs that can be begun from one context, by id; bound to the dialog-state accessor at the root.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);
    private readonly IStatePropertyAccessor<DialogState>? _dialogState;

    /// <summary>A root set that loads and keeps its stack through <paramref name="dialogState"/>.</summary>
    public DialogSet(IStatePropertyAccessor<DialogState> dialogState) =>
        _dialogState = dialogState ?? throw new ArgumentNullException(nameof(dialogState));

    /// <summary>A set whose stack is held by its owner (a component dialog).</summary>
    public DialogSet() { }

    /// <summary>
    /// Adds a dialog. Adding the same object again does nothing; a different dialog under a taken id is an error
    /// (the SDK renames it silently, which hides wiring mistakes).
    /// </summary>
    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (_dialogs.TryGetValue(dialog.Id, out var existing))
        {
            return ReferenceEquals(existing, dialog)
                ? this
                : throw new InvalidOperationException($"DialogSet.Add(): a different dialog with the id '{dialog.Id}' is already in the set.");
        }

        _dialogs[dialog.Id] = dialog;
        return this;
    }

    public Dialog? Find(string dialogId) => _dialogs.GetValueOrDefault(dialogId);

    public IEnumerable<Dialog> GetDialogs() => _dialogs.Values;

    /// <summary>Loads the stack (empty if none) for this turn and returns a context over it.</summary>
    public async Task<DialogContext> CreateContextAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (_dialogState is null)
        {
            throw new InvalidOperationException("DialogSet.CreateContextAsync(): this set has no dialog-state accessor; create it with one.");
        }

        var state = await _dialogState.GetAsync(turnContext, () => new DialogState(), cancellationToken).ConfigureAwait(false);
        return new DialogContext(this, turnContext, state);
    }
}
