using Microsoft.IdentityModel.Tokens;

namespace BotService.Protocol.Authentication;

/// <summary>
/// The signing keys published at one OpenID metadata URL, with each key's channel endorsements
/// (the Bot Framework JWKS carries an <c>endorsements</c> array per key, protocol.md §3.a step 8).
/// </summary>
public sealed record SigningMetadata(
    string? Issuer,
    IReadOnlyList<SecurityKey> SigningKeys,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Endorsements)
{
    public bool HasKey(string? keyId) =>
        keyId is not null && SigningKeys.Any(k => string.Equals(k.KeyId, keyId, StringComparison.Ordinal));

    /// <summary>The endorsements of a key, or null when the key has no endorsement entry.</summary>
    public IReadOnlyList<string>? EndorsementsOf(string? keyId) =>
        keyId is not null && Endorsements.TryGetValue(keyId, out var list) ? list : null;
}
