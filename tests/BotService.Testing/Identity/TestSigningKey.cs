using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace BotService.Testing.Identity;

/// <summary>An RSA key for signing test tokens, with the channel endorsements its JWKS entry carries.</summary>
public sealed class TestSigningKey : IDisposable
{
    private readonly RSA _rsa = RSA.Create(2048);

    public TestSigningKey(string keyId, IReadOnlyList<string>? endorsements = null)
    {
        KeyId = keyId;
        Endorsements = endorsements;
        SecurityKey = new RsaSecurityKey(_rsa) { KeyId = keyId };
    }

    public string KeyId { get; }

    /// <summary>Null publishes the key without an endorsements entry.</summary>
    public IReadOnlyList<string>? Endorsements { get; }

    public RsaSecurityKey SecurityKey { get; }

    public SigningCredentials Credentials => new(SecurityKey, SecurityAlgorithms.RsaSha256);

    /// <summary>The key's public half as a JWKS entry.</summary>
    public Dictionary<string, object> ToJwk()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (Endorsements is not null)
        {
            jwk["endorsements"] = Endorsements;
        }

        return jwk;
    }

    public void Dispose() => _rsa.Dispose();
}
