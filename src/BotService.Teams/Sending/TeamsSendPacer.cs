using System.Collections.Concurrent;
using BotService.Protocol.Connector;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BotService.Teams.Sending;

/// <summary>
/// Paces sends per conversation (a Teams thread) so the bot stays inside the Teams rate windows instead of
/// collecting 429s. Each conversation has its own history and gate, so a busy thread never delays another one.
/// A wait is capped at <see cref="MaxWait"/>, and at what is left of the turn's <see cref="ConnectorWaitBudget"/> when
/// one is given (it then counts against it): past that the send goes out and the connector's 429 handling
/// (Retry-After, backoff, within what budget is left) takes over, rather than holding a turn for minutes.
/// </summary>
public sealed class TeamsSendPacer(
    TimeProvider timeProvider, IReadOnlyList<RateWindow>? windows = null, TimeSpan? maxWait = null, ILogger<TeamsSendPacer>? logger = null)
{
    private const int SweepEvery = 1024;

    private readonly ConcurrentDictionary<string, ConversationHistory> _conversations = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<RateWindow> _windows = windows ?? RateWindow.TeamsPerThread;
    private readonly ILogger _logger = logger ?? NullLogger<TeamsSendPacer>.Instance;
    private int _sendsSinceSweep;

    public TimeSpan MaxWait { get; } = maxWait ?? TimeSpan.FromSeconds(30);

    /// <summary>How many conversations are being tracked (for tests and diagnostics).</summary>
    public int TrackedConversations => _conversations.Count;

    /// <summary>Waits until one more send to <paramref name="conversationId"/> fits the windows, and records it.</summary>
    public Task WaitTurnAsync(string conversationId, CancellationToken cancellationToken = default) =>
        WaitTurnAsync(conversationId, waitBudget: null, cancellationToken);

    /// <summary>
    /// Waits until one more send to <paramref name="conversationId"/> fits the windows, at most <see cref="MaxWait"/> or
    /// what is left of <paramref name="waitBudget"/>, whichever is less (the wait is taken from it), and records the send.
    /// </summary>
    public async Task WaitTurnAsync(string conversationId, ConnectorWaitBudget? waitBudget, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        var history = _conversations.GetOrAdd(conversationId, _ => new ConversationHistory());
        await history.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var maxWait = waitBudget is { Remaining: var left } && left < MaxWait ? left : MaxWait;
            var waited = TimeSpan.Zero;
            var delay = history.DelayUntilAllowed(timeProvider.GetUtcNow(), _windows);
            try
            {
                while (delay > TimeSpan.Zero && waited < maxWait)
                {
                    var step = delay < maxWait - waited ? delay : maxWait - waited;
                    await Task.Delay(step, timeProvider, cancellationToken).ConfigureAwait(false);
                    waited += step;
                    delay = history.DelayUntilAllowed(timeProvider.GetUtcNow(), _windows);
                }
            }
            finally
            {
                waitBudget?.Spend(waited);
            }

            if (waited >= maxWait && delay > TimeSpan.Zero)
            {
                TeamsSendLog.MaxWaitReached(_logger, maxWait.TotalSeconds);
            }
            else if (waited > TimeSpan.Zero)
            {
                TeamsSendLog.Paced(_logger, waited.TotalMilliseconds);
            }

            history.Record(timeProvider.GetUtcNow(), _windows);
        }
        finally
        {
            history.Gate.Release();
        }

        if (Interlocked.Increment(ref _sendsSinceSweep) % SweepEvery == 0)
        {
            Sweep();
        }
    }

    // Forgets conversations with no send inside the longest window, so memory follows the active ones.
    internal void Sweep()
    {
        var now = timeProvider.GetUtcNow();
        var longest = _windows.Max(w => w.Span);
        foreach (var (id, history) in _conversations)
        {
            if (history.IsIdleSince(now - longest))
            {
                _conversations.TryRemove(new KeyValuePair<string, ConversationHistory>(id, history));
            }
        }
    }
}
