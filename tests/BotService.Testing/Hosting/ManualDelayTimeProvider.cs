namespace BotService.Testing.Hosting;

/// <summary>
/// A TimeProvider whose timers fire at once and record the delay they were asked for, so tests can check
/// back-off and Retry-After handling without sleeping. With <paramref name="frozenTimestamps"/> its timestamps do not
/// move either, so code that measures how long a call took sees no time pass, however slow the machine.
/// </summary>
public sealed class ManualDelayTimeProvider(bool frozenTimestamps = false) : TimeProvider
{
    private readonly long _frozenAt = System.GetTimestamp();
    private readonly List<TimeSpan> _requested = [];
    private readonly Lock _lock = new();

    public IReadOnlyList<TimeSpan> RequestedDelays
    {
        get
        {
            lock (_lock)
            {
                return [.. _requested];
            }
        }
    }

    public override long GetTimestamp() => frozenTimestamps ? _frozenAt : base.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            lock (_lock)
            {
                _requested.Add(dueTime);
            }
        }

        var fireNow = dueTime == Timeout.InfiniteTimeSpan ? Timeout.InfiniteTimeSpan : TimeSpan.Zero;
        return System.CreateTimer(callback, state, fireNow, period == Timeout.InfiniteTimeSpan ? period : TimeSpan.FromMilliseconds(1));
    }
}
