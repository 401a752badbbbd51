using BotService.Protocol.Schema;
using BotService.Protocol.State;
using BotService.Storage;
using BotService.Testing;

namespace BotService.Protocol.Tests.State;

/// <summary>
/// One "host process": its own adapter, conversation lock, state objects and storage client, running a bot
/// that appends every user message to a journal in conversation state. Two stacks over one database stand for
/// two host instances behind a load balancer.
/// </summary>
internal sealed class JournalStack
{
    private int _inTurn;

    public JournalStack(IStorage storage)
    {
        State = new ConversationState(storage);
        Journal = State.CreateProperty<List<string>>("journal");
        Adapter = new TestAdapter();
        Adapter.UseBotState(Lock, State);
    }

    public ConversationState State { get; }

    public IStatePropertyAccessor<List<string>> Journal { get; }

    public TestAdapter Adapter { get; }

    public ConversationLockMiddleware Lock { get; } = new();

    /// <summary>Runs inside the bot after the journal was read and changed, before the state is saved.</summary>
    public Func<Task>? DuringNextTurn { get; set; }

    /// <summary>The most turns that were inside the bot at once.</summary>
    public int MaxConcurrentTurns { get; private set; }

    public Task<IReadOnlyList<Activity>> SendAsync(string text, bool expectReplies = true)
    {
        var activity = Adapter.MakeActivity(text);
        activity.DeliveryMode = expectReplies ? DeliveryModes.ExpectReplies : DeliveryModes.Normal;
        return Adapter.ProcessActivityAsync(activity, BotAsync);
    }

    public async Task<List<string>> ReadJournalAsync()
    {
        var context = new TurnContext(Adapter, Adapter.MakeActivity());
        return await Journal.GetAsync(context, () => []);
    }

    private async Task BotAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var inside = Interlocked.Increment(ref _inTurn);
        MaxConcurrentTurns = Math.Max(MaxConcurrentTurns, inside);
        try
        {
            var journal = await Journal.GetAsync(turnContext, () => [], cancellationToken);
            journal.Add(turnContext.Activity.Text!);
            await Task.Yield();
            if (DuringNextTurn is { } during)
            {
                DuringNextTurn = null;
                await during();
            }

            await turnContext.SendActivityAsync($"recorded {turnContext.Activity.Text} as #{journal.Count}", cancellationToken: cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _inTurn);
        }
    }
}
