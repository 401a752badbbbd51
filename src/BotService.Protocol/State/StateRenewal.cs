using BotService.Storage;

namespace BotService.Protocol.State;

/// <summary>
/// When a state is written although nothing in it changed. The storage expires a document a fixed time after its last
/// write (<see cref="IExpiringStorage.Expiry"/>), and a state is written only when it changes; so a state read every
/// turn but seldom changed (the conversation's owner) expired while the conversation went on, and another user id could
/// then take the conversation over. A state whose stored copy is a day old (or half its lifetime, if that is shorter)
/// is therefore saved again with the turn's other changes, in the same batch (a write of its own only in a turn that
/// changes nothing else): at most one extra row a day per state in use, none in a conversation that lasts minutes.
/// What a conversation keeps thus lives at least its lifetime less a day after the last turn that read it. Storage that
/// does not expire documents needs no renewal. Nor does a user's state across conversations (<see cref="UserState"/>):
/// no conversation's lock covers it, so two conversations renewing it at once would conflict, and the batch that lost
/// would take that turn's progress with it; what it holds (the welcome already given) is safe to lose.
/// </summary>
internal sealed class StateRenewal(TimeProvider? timeProvider, IStorage storage, bool enabled = true)
{
    private static readonly TimeSpan RenewalAge = TimeSpan.FromDays(1);

    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    private readonly long _renewAfterMilliseconds = enabled && storage is IExpiringStorage expiring
        ? (long)TimeSpan.FromTicks(Math.Min(expiring.Expiry.Ticks / 2, RenewalAge.Ticks)).TotalMilliseconds
        : long.MaxValue;

    /// <summary>Now, in the Unix milliseconds a state document records as its save time.</summary>
    public long Now() => _time.GetUtcNow().ToUnixTimeMilliseconds();

    /// <summary>True when a state stored at <paramref name="savedAt"/> (null: nothing stored) should be written again now.</summary>
    public bool IsDue(long? savedAt, long now) => savedAt is { } at && now - at >= _renewAfterMilliseconds;
}
