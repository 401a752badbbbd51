namespace BotService.Teams.Sending;

/// <summary>
/// The send times of one conversation inside the longest rate window, oldest first. Counting uses binary search, so a
/// busy thread's hour of history (up to 1800 sends) costs a few comparisons per send, not a scan.
/// </summary>
internal sealed class ConversationHistory
{
    private readonly List<DateTimeOffset> _sends = [];
    private readonly Lock _lock = new();

    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>Zero when a send fits every window now, else how long until it does.</summary>
    public TimeSpan DelayUntilAllowed(DateTimeOffset now, IReadOnlyList<RateWindow> windows)
    {
        lock (_lock)
        {
            var delay = TimeSpan.Zero;
            foreach (var window in windows)
            {
                var inWindow = _sends.Count - FirstAfter(now - window.Span);
                if (inWindow >= window.Limit)
                {
                    // The window frees a place when the send that must age out first has left it.
                    var mustLeave = _sends[_sends.Count - window.Limit];
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
            // Clocks only move forward here, so appending keeps the list sorted.
            _sends.Add(now);
            _sends.RemoveRange(0, FirstAfter(now - longest));
        }
    }

    public bool IsIdleSince(DateTimeOffset cutoff)
    {
        lock (_lock)
        {
            return Gate.CurrentCount == 1 && (_sends.Count == 0 || _sends[^1] <= cutoff);
        }
    }

    /// <summary>The index of the first send strictly after <paramref name="time"/> (the count when none is).</summary>
    private int FirstAfter(DateTimeOffset time)
    {
        int low = 0, high = _sends.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (_sends[mid] > time)
            {
                high = mid;
            }
            else
            {
                low = mid + 1;
            }
        }

        return low;
    }
}
