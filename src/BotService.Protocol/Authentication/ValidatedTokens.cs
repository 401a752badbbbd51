using System.Collections.Concurrent;
using System.Security.Claims;

namespace BotService.Protocol.Authentication;

/// <summary>
/// Bearer tokens that passed validation, with what validation found. A channel sends the same token with every
/// activity for as long as it lives, and validating it again (RS256 signature, claims) costs 35 µs and 35 KB per
/// request (<c>ChannelAuthBenchmarks</c>), more than a tenth of a whole turn. Only the exact string that was validated
/// matches; the caller still checks its lifetime, that the signing metadata has not been refreshed since, and
/// everything that depends on the activity. At most
/// <see cref="MaxRemembered"/> at a time (a channel uses a handful; an entry with its identity is about 5 KB): past
/// it, the memory starts again empty.
/// </summary>
internal sealed class ValidatedTokens
{
    public const int MaxRemembered = 256;

    private readonly ConcurrentDictionary<string, ValidatedToken> _tokens = new(StringComparer.Ordinal);
    private int _count;

    public bool TryGet(string token, out ValidatedToken validated) => _tokens.TryGetValue(token, out validated!);

    public void Remember(string token, ValidatedToken validated)
    {
        // Counted apart (ConcurrentDictionary.Count takes every lock of the dictionary), and only for new entries.
        if (Volatile.Read(ref _count) >= MaxRemembered)
        {
            _tokens.Clear();
            Interlocked.Exchange(ref _count, 0);
        }

        if (_tokens.TryAdd(token, validated))
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

/// <summary>
/// What validating a token established: its identity (never handed out itself, only copies), the signing metadata it
/// was checked against (reused only while that is still the current one: a refresh may replace a key under the same
/// id), its key id and its lifetime.
/// </summary>
internal sealed record ValidatedToken(
    ClaimsIdentity Identity, bool FromEmulator, string MetadataUrl, SigningMetadata Metadata, string? KeyId, DateTime? NotBefore, DateTime Expires);
