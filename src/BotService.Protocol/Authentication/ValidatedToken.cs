using System.Security.Claims;

namespace BotService.Protocol.Authentication;

/// <summary>
/// What validating a Bearer token established, remembered because a channel sends the same token with every activity
/// and validating it again (RS256 signature, claims) costs 36-41 µs and 37.5 KB per request (<c>ChannelAuthBenchmarks</c>):
/// its identity (never handed out itself, only copies), the signing metadata it was checked against (reused only while
/// that is still the current one: a refresh may replace a key under the same id), its key id and its lifetime.
/// </summary>
internal sealed record ValidatedToken(
    ClaimsIdentity Identity, bool FromEmulator, string MetadataUrl, SigningMetadata Metadata, string? KeyId, DateTime? NotBefore, DateTime Expires)
{
    /// <summary>Remembered at most at a time: a channel uses a handful of tokens, and each entry holds one with its identity.</summary>
    public const int MaxRemembered = 256;
}
