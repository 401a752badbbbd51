using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace BotService.Protocol.Authentication;

/// <summary>
/// Bearer tokens that passed a check, with what the check found, so that a client sending the same token with every
/// request is not checked in full each time. Only the exact string that was checked matches; the caller still checks
/// whatever can change while it is remembered (its lifetime, say). At most <see cref="Capacity"/> at a time: past it,
/// the memory starts again empty. Used by the channel authenticator and the Direct Line token service.
/// </summary>
public sealed class RememberedTokens<T>(int capacity) where T : class
{
    private readonly ConcurrentDictionary<string, T> _tokens = new(StringComparer.Ordinal);
    private int _count;

    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity));

    public bool TryGet(string token, [MaybeNullWhen(false)] out T value) => _tokens.TryGetValue(token, out value);

    public void Remember(string token, T value)
    {
        // Counted apart (ConcurrentDictionary.Count takes every lock of the dictionary), and only for new entries.
        if (Volatile.Read(ref _count) >= Capacity)
        {
            _tokens.Clear();
            Interlocked.Exchange(ref _count, 0);
        }

        if (_tokens.TryAdd(token, value))
        {
            Interlocked.Increment(ref _count);
        }
    }

    public void Forget(string token)
    {
        if (_tokens.TryRemove(token, out _))
        {
            Interlocked.Decrement(ref _count);
        }
    }
}
