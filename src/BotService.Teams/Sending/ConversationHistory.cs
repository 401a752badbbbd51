namespace BotService.Teams.Sending;

/// <summary>The send times of one conversation inside the longest rate window, oldest first.</summary>
internal sealed class ConversationHistory
{
    private readonly Queue<DateTimeOffset> _sends = new();
    private readonly Lock _lock = new();

    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>Zero when a send fits every window now, else how long until it does.</summary>
    public TimeSpan DelayUntilAllowed(DateTimeOffset now, IReadOnlyList<RateWindow> windows)
    {
        lock (_lock)
        {
            var sends = _sends.ToArray();
            var delay = TimeSpan.Zero;
            foreach (var window in windows)
            {
                var inWindow = sends.Where(t => t > now - window.Span).ToArray();
                if (inWindow.Length >= window.Limit)
                {
                    // The window frees a place when the send that must age out first has left it.
                    var mustLeave = inWindow[inWindow.Length - window.Limit];
                    var wait = mustLeave + window.Span - now;
                    delay = wait > delay ? wait : delay;
                }
            }

            return delay;
        }
    }

    public void Record(DateTimeOffset now, IReadOnlyList<RateWindow> windows)
    {
        var longest = windows.Max(w => w.Span);
        lock (_lock)
        {
            _sends.Enqueue(now);
            while (_sends.Count > 0 && _sends.Peek() <= now - longest)
            {
                _sends.Dequeue();
            }
        }
    }

    public bool IsIdleSince(DateTimeOffset cutoff)
    {
        lock (_lock)
        {
            return Gate.CurrentCount == 1 && (_sends.Count == 0 || _sends.Last() <= cutoff);
        }
    }
}
