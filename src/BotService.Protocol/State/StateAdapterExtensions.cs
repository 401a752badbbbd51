namespace BotService.Protocol.State;

/// <summary>Wires the state middleware in the one order that is correct.</summary>
public static class StateAdapterExtensions
{
    /// <summary>
    /// Adds, in order: <see cref="ConversationLockMiddleware"/> (one turn per conversation at a time in this
    /// process), <see cref="StateConflictMiddleware"/> (re-run or apologise after a cross-process conflict) and
    /// <see cref="AutoSaveStateMiddleware"/> (save once after the bot).
    /// Call it before adding middleware that should run once per turn inside the state handling.
    /// </summary>
    public static BotAdapter UseBotState(this BotAdapter adapter, ConversationLockMiddleware conversationLock, params BotState[] states)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        var set = new BotStateSet(states);
        return adapter
            .Use(conversationLock)
            .Use(new StateConflictMiddleware(set))
            .Use(new AutoSaveStateMiddleware(set));
    }

    /// <summary>As above with a lock of its own (one adapter per process).</summary>
    public static BotAdapter UseBotState(this BotAdapter adapter, params BotState[] states) =>
        adapter.UseBotState(new ConversationLockMiddleware(), states);
}
