using System.Collections.Concurrent;
using System.Threading.Channels;

namespace BotService.DirectLine.Storage;

/// <summary>
/// Wakes the WebSocket streams of this instance when their conversation gets a new activity, whether it was
/// appended here or (with PostgreSQL) on another instance and announced through LISTEN/NOTIFY.
/// </summary>
public sealed class ConversationSignals
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Subscription, byte>> _subscribers = new(StringComparer.Ordinal);

    /// <summary>Subscribe before reading the log, so that no append between the read and the wait is missed.</summary>
    public Subscription Subscribe(string conversationId)
    {
        var subscription = new Subscription(this, conversationId);
        _subscribers.GetOrAdd(conversationId, _ => new()).TryAdd(subscription, 0);
        return subscription;
    }

    public void Pulse(string conversationId)
    {
        if (_subscribers.TryGetValue(conversationId, out var set))
        {
            foreach (var subscription in set.Keys)
            {
                subscription.Signal();
            }
        }
    }

    private void Remove(Subscription subscription)
    {
        if (_subscribers.TryGetValue(subscription.ConversationId, out var set))
        {
            set.TryRemove(subscription, out _);
            if (set.IsEmpty)
            {
                _subscribers.TryRemove(new KeyValuePair<string, ConcurrentDictionary<Subscription, byte>>(subscription.ConversationId, set));
            }
        }
    }

    /// <summary>One waiter; a pulse that arrives while nobody waits is remembered until the next wait.</summary>
    public sealed class Subscription : IDisposable
    {
        private readonly ConversationSignals _owner;
        private readonly Channel<bool> _channel = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

        internal Subscription(ConversationSignals owner, string conversationId)
        {
            _owner = owner;
            ConversationId = conversationId;
        }

        public string ConversationId { get; }

        /// <summary>True when pulsed, false when <paramref name="timeout"/> passed first.</summary>
        public async Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
        {
            if (_channel.Reader.TryRead(out _))
            {
                return true;
            }

            using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeoutSource.CancelAfter(timeout);
            try
            {
                await _channel.Reader.WaitToReadAsync(timeoutSource.Token).ConfigureAwait(false);
                return _channel.Reader.TryRead(out _);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return false;
            }
        }

        internal void Signal() => _channel.Writer.TryWrite(true);

        public void Dispose() => _owner.Remove(this);
    }
}
