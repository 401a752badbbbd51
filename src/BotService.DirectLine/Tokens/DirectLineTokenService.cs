using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BotService.Protocol.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotService.DirectLine.Tokens;

/// <summary>
/// Mints and checks conversation tokens: compact JWTs signed with HMAC-SHA256. The JWT shape matters because
/// DirectLineJS decodes the token and adopts its <c>user</c> claim as the user id (protocol.md §5.3).
/// </summary>
public sealed class DirectLineTokenService
{
    /// <summary>How many checked tokens are remembered; past it, the memory starts again empty.</summary>
    public const int MaxRemembered = 1024;

    private static readonly byte[] Header = Encoding.UTF8.GetBytes("""{"alg":"HS256","typ":"JWT"}""");

    // Tokens whose signature was checked, with their claims. Web Chat sends the same token with every post and poll
    // for as long as it lives, and checking one is an HMAC and a JSON parse: about 4% of a Direct Line turn's CPU under
    // the load tool. Only the exact string that was checked matches; the key never changes; expiry is checked each time.
    private readonly RememberedTokens<TokenClaims> _remembered = new(MaxRemembered);
    private readonly byte[] _key;
    private readonly TimeProvider _time;
    private readonly TimeSpan _lifetime;

    public DirectLineTokenService(IOptions<DirectLineOptions> options, TimeProvider time, ILogger<DirectLineTokenService> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _time = time;
        _lifetime = TimeSpan.FromSeconds(options.Value.TokenLifetimeSeconds);
        if (string.IsNullOrEmpty(options.Value.TokenSigningKey))
        {
            _key = RandomNumberGenerator.GetBytes(32);
            DirectLineLog.RandomSigningKey(logger);
        }
        else
        {
            _key = Convert.FromBase64String(options.Value.TokenSigningKey);
        }
    }

    public TimeSpan Lifetime => _lifetime;

    public string Issue(string conversationId, string? userId)
    {
        var now = _time.GetUtcNow();
        var payload = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object?>
        {
            ["conv"] = conversationId,
            ["user"] = userId,
            ["iat"] = now.ToUnixTimeSeconds(),
            ["exp"] = (now + _lifetime).ToUnixTimeSeconds(),
            ["jti"] = Convert.ToHexString(RandomNumberGenerator.GetBytes(8)),
        }.Where(p => p.Value is not null).ToDictionary());
        var signingInput = Base64Url.EncodeToString(Header) + "." + Base64Url.EncodeToString(payload);
        return signingInput + "." + Base64Url.EncodeToString(Sign(signingInput));
    }

    public TokenCheck Validate(string? token, out TokenClaims? claims)
    {
        if (token is not null && _remembered.TryGet(token, out claims))
        {
            return claims.Expires <= _time.GetUtcNow() ? TokenCheck.Expired : TokenCheck.Valid;
        }

        var check = Check(token, out claims);
        if (check == TokenCheck.Valid)
        {
            _remembered.Remember(token!, claims!);
        }

        return check;
    }

    private TokenCheck Check(string? token, out TokenClaims? claims)
    {
        claims = null;
        if (string.IsNullOrEmpty(token))
        {
            return TokenCheck.Missing;
        }

        // Whitespace is never in a token we issue, and the Base64Url decoder would skip it: refused, so that one token
        // cannot be made into many accepted (and remembered) spellings.
        var parts = token.Split('.');
        if (parts.Length != 3 || token.Length > 4096 || token.AsSpan().ContainsAny(" \t\r\n"))
        {
            return TokenCheck.Malformed;
        }

        if (!Base64Url.IsValid(parts[2]) || !Base64Url.IsValid(parts[1]))
        {
            return TokenCheck.Malformed;
        }

        var expected = Sign(parts[0] + "." + parts[1]);
        if (!CryptographicOperations.FixedTimeEquals(expected, Base64Url.DecodeFromChars(parts[2])))
        {
            return TokenCheck.BadSignature;
        }

        try
        {
            using var document = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]));
            var root = document.RootElement;
            var conversation = root.GetProperty("conv").GetString();
            var user = root.TryGetProperty("user", out var u) ? u.GetString() : null;
            var issued = DateTimeOffset.FromUnixTimeSeconds(root.GetProperty("iat").GetInt64());
            var expires = DateTimeOffset.FromUnixTimeSeconds(root.GetProperty("exp").GetInt64());
            if (string.IsNullOrEmpty(conversation))
            {
                return TokenCheck.Malformed;
            }

            claims = new TokenClaims(conversation, user, issued, expires);
            return expires <= _time.GetUtcNow() ? TokenCheck.Expired : TokenCheck.Valid;
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException)
        {
            return TokenCheck.Malformed;
        }
    }

    private byte[] Sign(string signingInput) => HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(signingInput));
}
