using BotService.Protocol.Schema;

namespace BotService.Protocol.State;

/// <summary>
/// Runs the turns of one conversation (channel + conversation id) one at a time within this process, so two
/// messages arriving together see each other's state instead of racing on it. Entries are reference-counted and
/// removed as soon as no turn holds or waits for them, so memory does not grow with the number of conversations.
/// Put it first in the pipeline, before <see cref="StateConflictMiddleware"/> and <see cref="AutoSaveStateMiddleware"/>.
/// </summary>
public sealed class ConversationLockMiddleware : IMiddleware
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>How many conversations have a turn running or waiting now (0 when idle).</summary>
    public int ActiveConversations
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var key = KeyOf(turnContext.Activity);
        if (key is null)
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        var entry = Acquire(key);
        try
        {
            await entry.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await next(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                entry.Gate.Release();
            }
        }
        finally
        {
            Release(key, entry);
        }
    }

    private static string? KeyOf(Activity activity) =>
        activity.Conversation?.Id is { Length: > 0 } conversationId ? $"{activity.ChannelId}\n{conversationId}" : null;

    private Entry Acquire(string key)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(key, out var entry))
            {
                entry = new Entry();
                _entries[key] = entry;
            }

            entry.Users++;
            return entry;
        }
    }

    private void Release(string key, Entry entry)
    {
        lock (_lock)
        {
            if (--entry.Users == 0)
            {
                _entries.Remove(key);
                entry.Gate.Dispose();
            }
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public int Users { get; set; }
    }
}
