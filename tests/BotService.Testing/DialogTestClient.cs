using BotService.DialogEngine;
using BotService.Protocol;
using BotService.Protocol.Schema;
using BotService.Protocol.State;
using BotService.Storage.Memory;

namespace BotService.Testing;

/// <summary>
/// Drives one dialog turn by turn, as the SDK's DialogTestClient does (style.md §2.5): a <see cref="TestAdapter"/>
/// with the conversation lock and auto-save over a <see cref="ConversationState"/> (memory storage unless given),
/// and a per-turn callback that continues the stack or, when it is empty, begins the dialog under test.
/// <see cref="DialogTurnResult"/> and <see cref="DialogContext"/> show where the dialog stands after each turn.
/// </summary>
public sealed class DialogTestClient
{
    private readonly Dialog _targetDialog;
    private readonly object? _initialOptions;
    private readonly IStatePropertyAccessor<DialogState> _dialogState;

    public DialogTestClient(string channelId, Dialog targetDialog, object? initialDialogOptions = null, IEnumerable<IMiddleware>? middlewares = null, ConversationState? conversationState = null)
    {
        _targetDialog = targetDialog ?? throw new ArgumentNullException(nameof(targetDialog));
        _initialOptions = initialDialogOptions;
        ConversationState = conversationState ?? new ConversationState(new MemoryStorage());
        _dialogState = ConversationState.CreateProperty<DialogState>(DialogStateKeys.DialogState);
        Adapter = new TestAdapter(channelId);
        Adapter.UseBotState(ConversationState);
        foreach (var middleware in middlewares ?? [])
        {
            Adapter.Use(middleware);
        }
    }

    public TestAdapter Adapter { get; }

    public ConversationState ConversationState { get; }

    /// <summary>The result of the last turn.</summary>
    public DialogTurnResult DialogTurnResult { get; private set; } = new(DialogTurnStatus.Empty);

    /// <summary>The root dialog context of the last turn.</summary>
    public DialogContext? DialogContext { get; private set; }

    /// <summary>Sends a message and returns the bot's first reply (null if it sent none); read more with <see cref="GetNextReply"/>.</summary>
    public Task<Activity?> SendActivityAsync(string text, CancellationToken cancellationToken = default) =>
        SendActivityAsync(Adapter.MakeActivity(text), cancellationToken);

    public async Task<Activity?> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        await Adapter.ProcessActivityAsync(activity, RunTurnAsync, cancellationToken).ConfigureAwait(false);
        return GetNextReply();
    }

    public Activity? GetNextReply() => Adapter.GetNextReply();

    private async Task RunTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var dialogSet = new DialogSet(_dialogState).Add(_targetDialog);
        DialogContext = await dialogSet.CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
        DialogTurnResult = await DialogContext.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
        if (DialogTurnResult.Status == DialogTurnStatus.Empty)
        {
            DialogTurnResult = await DialogContext.BeginDialogAsync(_targetDialog.Id, _initialOptions, cancellationToken).ConfigureAwait(false);
        }
    }
}
