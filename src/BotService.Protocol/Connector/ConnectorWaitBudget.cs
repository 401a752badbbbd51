namespace BotService.Protocol.Connector;

/// <summary>
/// How long the sends of one inbound request may spend waiting in total: on a Connector call that has not answered
/// yet, a retry's Retry-After or back-off, and on Teams the pacing for room in a thread's rate windows. The channel
/// holds its HTTP call open while the turn runs (Teams about 15 s, protocol.md §1.9), and the turn holds its
/// conversation's lock, so an invoke arriving behind it must wait too; without a total bound, four Retry-After waits
/// of up to 30 s each held a request two minutes, and a Connector that answered slowly held it up to the HTTP
/// client's 100 s per call. One budget per turn (<c>Bot:ConnectorWaitBudgetMilliseconds</c>), shared by the turn's
/// replies; the typing indicator, which runs beside them and ends with the turn, takes nothing from it. Thread-safe,
/// as the typing indicator and Teams pacing read it from other tasks.
/// </summary>
public sealed class ConnectorWaitBudget(TimeSpan total)
{
    /// <summary>
    /// The least a call is given however little is left, so that a turn whose retries used the budget can still
    /// deliver its next reply to a channel that answers at once: a turn is held at most the budget plus this per send.
    /// </summary>
    public static readonly TimeSpan MinimumCallAllowance = TimeSpan.FromSeconds(1);

    private readonly Lock _lock = new();
    private TimeSpan _remaining = total > TimeSpan.Zero ? total : TimeSpan.Zero;

    public TimeSpan Total { get; } = total > TimeSpan.Zero ? total : TimeSpan.Zero;

    public TimeSpan Remaining
    {
        get
        {
            lock (_lock)
            {
                return _remaining;
            }
        }
    }

    /// <summary>
    /// How long the next Connector call may go unanswered before it is given up: what is left of the budget, at least
    /// <see cref="MinimumCallAllowance"/>. The time a call takes is then <see cref="Spend"/>t. Once the budget is
    /// <see cref="Waived"/> the client bounds no call, so this is not asked.
    /// </summary>
    public TimeSpan CallAllowance
    {
        get
        {
            lock (_lock)
            {
                return _remaining > MinimumCallAllowance ? _remaining : MinimumCallAllowance;
            }
        }
    }

    /// <summary>True once the turn has delivered high-importance advice: from then on nothing is refused (see <see cref="Waive"/>).</summary>
    public bool Waived { get; private set; }

    /// <summary>
    /// Called once the turn's emergency or same-day advice has reached the channel. Its later sends (a menu, a
    /// reminder) are no longer refused: one of them failing would fail the turn, and the turn's state, which records
    /// that the advice was given so that nothing said later can lower it, would not be saved.
    /// </summary>
    public void Waive()
    {
        lock (_lock)
        {
            Waived = true;
        }
    }

    /// <summary>
    /// Takes <paramref name="wait"/> from the budget if all of it fits, for a retry: a retry sooner than the channel
    /// asked would only be throttled again, so a wait that does not fit is not shortened but refused.
    /// </summary>
    public bool TryTake(TimeSpan wait)
    {
        lock (_lock)
        {
            if (Waived)
            {
                return true;
            }

            if (wait > _remaining)
            {
                return false;
            }

            _remaining -= wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
            return true;
        }
    }

    /// <summary>Records a wait already spent: pacing (capped at <see cref="Remaining"/> beforehand) or a call's time.</summary>
    public void Spend(TimeSpan waited)
    {
        lock (_lock)
        {
            _remaining = waited >= _remaining ? TimeSpan.Zero : _remaining - (waited > TimeSpan.Zero ? waited : TimeSpan.Zero);
        }
    }
}
