using BotService.Protocol;
using BotService.Protocol.State;
using BotService.Storage;
using BotService.Storage.Memory;
using BotService.Testing;

namespace BotService.DialogEngine.Tests;

/// <summary>A bot over one root dialog, run as the product runs it: lock, auto-save, RunAsync per turn.</summary>
internal sealed class DialogHarness
{
    public DialogHarness(Dialog root, IStorage? storage = null, string channelId = "test")
    {
        Root = root;
        Storage = storage ?? new MemoryStorage();
        ConversationState = new ConversationState(Storage);
        DialogState = ConversationState.CreateProperty<DialogState>(DialogStateKeys.DialogState);
        Adapter = new TestAdapter(channelId);
        Adapter.UseBotState(ConversationState);
    }

    public Dialog Root { get; }

    /// <summary>The options the root dialog is begun with.</summary>
    public object? RootOptions { get; set; }

    public IStorage Storage { get; }

    public ConversationState ConversationState { get; }

    public IStatePropertyAccessor<DialogState> DialogState { get; }

    public TestAdapter Adapter { get; }

    public List<DialogTurnResult> Results { get; } = [];

    public DialogTurnResult LastResult => Results[^1];

    public TestFlow Flow() => new(Adapter, BotAsync);

    public async Task BotAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var result = await Root.RunAsync(turnContext, DialogState, cancellationToken, RootOptions);
        lock (Results)
        {
            Results.Add(result);
        }
    }

    /// <summary>The persisted conversation state as stored, for readability checks.</summary>
    public async Task<string> StoredStateJsonAsync()
    {
        var key = $"{Adapter.Conversation.ChannelId}/conversations/{Adapter.Conversation.Conversation!.Id}";
        var stored = await Storage.ReadAsync([key]);
        return ((System.Text.Json.JsonElement)stored[key]).GetProperty("state").GetRawText();
    }
}
