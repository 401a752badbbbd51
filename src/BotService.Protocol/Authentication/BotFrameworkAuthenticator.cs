using System.Buffers;
using System.Security.Claims;
using BotService.Protocol.Schema;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BotService.Protocol.Authentication;

/// <summary>
/// Authenticates requests to the messaging endpoint as Azure Bot Service does (protocol.md §3.a, §3.c):
/// anonymous only when no app id is configured; otherwise a Bearer JWT from a Bot Framework channel
/// (issuer, audience, serviceurl claim, endorsement of the channel id) or from the Emulator (its issuers,
/// appid/azp). The activity's <c>channelId</c> never switches authentication off.
/// </summary>
public sealed class BotFrameworkAuthenticator(
    IOptions<BotAuthenticationOptions> options,
    SigningMetadataCache metadataCache,
    TimeProvider timeProvider)
{
    private static readonly SearchValues<char> JwtCharacters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.");

    private readonly JsonWebTokenHandler _handler = new();
    private readonly RememberedTokens<ValidatedToken> _validated = new(ValidatedToken.MaxRemembered);

    public async Task<BotAuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var settings = options.Value;
        var token = ReadBearerToken(authorizationHeader);
        if (token is null)
        {
            return settings.IsAnonymous
                ? new BotAuthenticationResult(new ClaimsIdentity(AuthenticationConstants.AnonymousAuthType), CallerId: null)
                : throw new BotAuthenticationException("The request has no Bearer token.");
        }

        if (settings.IsAnonymous)
        {
            // As the SDK does: a token that is sent is validated, and with no app id nothing can validate it.
            throw new BotAuthenticationException("A token was sent but no MicrosoftAppId is configured.");
        }

        if (_validated.TryGet(token, out var known) && await ReuseAsync(token, known, activity, cancellationToken).ConfigureAwait(false) is { } reused)
        {
            return reused;
        }

        JsonWebToken parsed;
        try
        {
            parsed = new JsonWebToken(token);
        }
        catch (ArgumentException ex)
        {
            throw new BotAuthenticationException("The Bearer token is not a JWT.", ex);
        }

        var emulatorIssuers = EmulatorIssuersFor(parsed);
        return emulatorIssuers.Contains(parsed.Issuer, StringComparer.Ordinal)
            ? await ValidateEmulatorTokenAsync(token, parsed, emulatorIssuers, settings, cancellationToken).ConfigureAwait(false)
            : await ValidateChannelTokenAsync(token, parsed, activity, settings, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A token validated before, if it still would be: within its lifetime by the injected clock and checked against
    /// the signing metadata that is still current (after a refresh, which may withdraw a key or replace one under the
    /// same id, it is validated in full again); for a channel token, endorsed for this activity's channel and naming
    /// its serviceUrl (which throw as on first sight). Null sends the token through full validation again.
    /// </summary>
    private async Task<BotAuthenticationResult?> ReuseAsync(string token, ValidatedToken known, Activity activity, CancellationToken cancellationToken)
    {
        var metadata = await metadataCache.GetAsync(known.MetadataUrl, cancellationToken).ConfigureAwait(false);
        if (!IsWithinLifetime(known.NotBefore, known.Expires) || !ReferenceEquals(metadata, known.Metadata))
        {
            _validated.Forget(token);
            return null;
        }

        if (known.FromEmulator)
        {
            return new BotAuthenticationResult(known.Identity.Clone(), CallerId: null);
        }

        CheckChannelActivity(known.Identity, metadata, known.KeyId, activity);
        return new BotAuthenticationResult(known.Identity.Clone(), BotAuthenticationResult.AzureCallerId);
    }

    private async Task<BotAuthenticationResult> ValidateChannelTokenAsync(
        string token, JsonWebToken parsed, Activity activity, BotAuthenticationOptions settings, CancellationToken cancellationToken)
    {
        var metadataUrl = settings.ToBotFromChannelOpenIdMetadataUrl;
        var metadata = await GetMetadataWithKeyAsync(metadataUrl, parsed.Kid, cancellationToken).ConfigureAwait(false);
        var identity = Validate(token, metadata, [settings.ToBotFromChannelTokenIssuer], settings.MicrosoftAppId);
        CheckChannelActivity(identity, metadata, parsed.Kid, activity);
        Remember(token, identity, fromEmulator: false, metadataUrl, metadata, parsed);
        return new BotAuthenticationResult(identity.Clone(), BotAuthenticationResult.AzureCallerId);
    }

    /// <summary>What a channel token must say about this activity: its key endorsed for the channel, its serviceUrl.</summary>
    private static void CheckChannelActivity(ClaimsIdentity identity, SigningMetadata metadata, string? keyId, Activity activity)
    {
        var endorsements = metadata.EndorsementsOf(keyId)
            ?? throw new BotAuthenticationException("The signing key has no endorsements.");
        // The SDK lets an activity that names no channel pass (its EndorsementsValidator); here it fails: no channel, no
        // endorsement to show. The endpoint refuses such an activity (400) before this; other callers get this check.
        if (string.IsNullOrEmpty(activity.ChannelId))
        {
            throw new BotAuthenticationException("The signing key is not endorsed for the activity's channel: the activity names no channel.");
        }

        if (!endorsements.Contains(activity.ChannelId, StringComparer.Ordinal))
        {
            throw new BotAuthenticationException("The signing key is not endorsed for the activity's channel.");
        }

        var serviceUrl = identity.FindFirst(AuthenticationConstants.ServiceUrlClaim)?.Value;
        if (string.IsNullOrEmpty(serviceUrl) || !string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            throw new BotAuthenticationException("The token's serviceurl claim does not match the activity.");
        }
    }

    private void Remember(string token, ClaimsIdentity identity, bool fromEmulator, string metadataUrl, SigningMetadata metadata, JsonWebToken parsed) =>
        _validated.Remember(token, new ValidatedToken(
            identity, fromEmulator, metadataUrl, metadata, parsed.Kid, parsed.ValidFrom == DateTime.MinValue ? null : parsed.ValidFrom, parsed.ValidTo));

    private async Task<BotAuthenticationResult> ValidateEmulatorTokenAsync(
        string token, JsonWebToken parsed, IReadOnlyCollection<string> issuers, BotAuthenticationOptions settings, CancellationToken cancellationToken)
    {
        var metadataUrl = settings.ToBotFromEmulatorOpenIdMetadataUrl;
        var metadata = await GetMetadataWithKeyAsync(metadataUrl, parsed.Kid, cancellationToken).ConfigureAwait(false);
        var identity = Validate(token, metadata, issuers, audience: null);

        var version = identity.FindFirst(AuthenticationConstants.VersionClaim)?.Value;
        var appIdClaim = version switch
        {
            "1.0" => AuthenticationConstants.AppIdClaim,
            "2.0" => AuthenticationConstants.AuthorizedPartyClaim,
            _ => throw new BotAuthenticationException("An Emulator token needs a ver claim of 1.0 or 2.0."),
        };
        var appId = identity.FindFirst(appIdClaim)?.Value;
        if (!string.Equals(appId, settings.MicrosoftAppId, StringComparison.Ordinal))
        {
            throw new BotAuthenticationException("The Emulator token was issued to another app id.");
        }

        Remember(token, identity, fromEmulator: true, metadataUrl, metadata, parsed);
        return new BotAuthenticationResult(identity.Clone(), CallerId: null);
    }

    private async Task<SigningMetadata> GetMetadataWithKeyAsync(string metadataUrl, string? keyId, CancellationToken cancellationToken)
    {
        var metadata = await metadataCache.GetAsync(metadataUrl, cancellationToken).ConfigureAwait(false);
        if (metadata.HasKey(keyId))
        {
            return metadata;
        }

        // Keys rotate: a key id we have not seen means our copy may be stale, so fetch once more.
        metadata = await metadataCache.RefreshAsync(metadataUrl, cancellationToken).ConfigureAwait(false);
        return metadata.HasKey(keyId) ? metadata : throw new BotAuthenticationException("The token is signed with an unknown key.");
    }

    private ClaimsIdentity Validate(string token, SigningMetadata metadata, IEnumerable<string> issuers, string? audience)
    {
        var parameters = new TokenValidationParameters
        {
            ValidIssuers = issuers,
            ValidateAudience = audience is not null,
            ValidAudience = audience,
            IssuerSigningKeys = metadata.SigningKeys,
            ValidAlgorithms = AuthenticationConstants.AllowedSigningAlgorithms,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            LifetimeValidator = IsWithinLifetime,
        };
        var result = _handler.ValidateToken(token, parameters);
        return result.IsValid
            ? result.ClaimsIdentity
            : throw new BotAuthenticationException($"The token failed validation ({result.Exception?.GetType().Name}).", result.Exception!);
    }

    /// <summary>Lifetime with 5 minutes of skew, against <see cref="TimeProvider"/> rather than the system clock.</summary>
    private bool IsWithinLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters) =>
        IsWithinLifetime(notBefore, expires);

    private bool IsWithinLifetime(DateTime? notBefore, DateTime? expires)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var skew = AuthenticationConstants.ClockSkew;
        return expires is not null && now - skew < expires.Value && (notBefore is null || notBefore.Value < now + skew);
    }

    private static IReadOnlyCollection<string> EmulatorIssuersFor(JsonWebToken token)
    {
        var issuers = new HashSet<string>(AuthenticationConstants.EmulatorIssuers, StringComparer.Ordinal);
        if (token.TryGetPayloadValue<string>(AuthenticationConstants.TenantIdClaim, out var tenantId) && !string.IsNullOrWhiteSpace(tenantId))
        {
            issuers.UnionWith(AuthenticationConstants.TenantIssuers(tenantId));
        }

        return issuers;
    }

    private static string? ReadBearerToken(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }

        var parts = header.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (!string.Equals(parts[0], "Bearer", StringComparison.OrdinalIgnoreCase))
        {
            throw new BotAuthenticationException("The Authorization header does not use the Bearer scheme.");
        }

        // A bare "Bearer" with no token counts as no header, as the Emulator treats it. A JWT is base64url segments and
        // dots; anything else (the decoder would skip whitespace) is refused, so one token has one spelling.
        if (parts.Length < 2)
        {
            return null;
        }

        return parts[1].AsSpan().ContainsAnyExcept(JwtCharacters)
            ? throw new BotAuthenticationException("The Bearer token is not a JWT.")
            : parts[1];
    }
}
