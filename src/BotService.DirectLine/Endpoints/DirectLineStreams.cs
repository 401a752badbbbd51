using System.Collections.Concurrent;

namespace BotService.DirectLine.Endpoints;

/// <summary>
/// One WebSocket per conversation per instance, as Direct Line allows: a newer stream (a page reconnecting) ends
/// the older one, which is closed with the reason <c>collision</c>.
/// </summary>
public sealed class DirectLineStreams
{
    private readonly ConcurrentDictionary<string, Session> _open = new(StringComparer.Ordinal);

    internal Session Open(string conversationId, CancellationToken requestAborted, CancellationToken stopping)
    {
        var session = new Session(this, conversationId, requestAborted, stopping);
        _open.AddOrUpdate(conversationId, session, (_, previous) =>
        {
            previous.Collide();
            return session;
        });
        return session;
    }

    internal sealed class Session : IDisposable
    {
        private readonly DirectLineStreams _owner;
        private readonly string _conversationId;
        private readonly CancellationTokenSource _source;

        public Session(DirectLineStreams owner, string conversationId, CancellationToken requestAborted, CancellationToken stopping)
        {
            _owner = owner;
            _conversationId = conversationId;
            _source = CancellationTokenSource.CreateLinkedTokenSource(requestAborted, stopping);
        }

        public CancellationToken Token => _source.Token;

        public bool Collided { get; private set; }

        public void Collide()
        {
            Collided = true;
            Cancel();
        }

        public void Cancel()
        {
            try
            {
                _source.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // Already finished.
            }
        }

        public void Dispose()
        {
            _owner._open.TryRemove(new KeyValuePair<string, Session>(_conversationId, this));
            _source.Dispose();
        }
    }
}
