using System.Text.Json;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Tokens;

namespace BotService.Protocol.Authentication;

/// <summary>
/// Reads an OpenID metadata document and the JWKS it points to. Used by IdentityModel's
/// <see cref="ConfigurationManager{T}"/>, which caches the result and refreshes it.
/// </summary>
public sealed class SigningMetadataRetriever : IConfigurationRetriever<SigningMetadata>
{
    public async Task<SigningMetadata> GetConfigurationAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(retriever);
        var metadataJson = await retriever.GetDocumentAsync(address, cancel).ConfigureAwait(false);
        using var metadata = JsonDocument.Parse(metadataJson);
        var issuer = metadata.RootElement.TryGetProperty("issuer", out var iss) ? iss.GetString() : null;
        var jwksUri = metadata.RootElement.TryGetProperty("jwks_uri", out var uri) ? uri.GetString() : null;
        if (string.IsNullOrEmpty(jwksUri))
        {
            throw new InvalidOperationException("The OpenID metadata document has no jwks_uri.");
        }

        var jwksJson = await retriever.GetDocumentAsync(jwksUri, cancel).ConfigureAwait(false);
        var keys = new JsonWebKeySet(jwksJson).GetSigningKeys().ToList();
        return new SigningMetadata(issuer, keys, ReadEndorsements(jwksJson));
    }

    private static Dictionary<string, IReadOnlyList<string>> ReadEndorsements(string jwksJson)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        using var jwks = JsonDocument.Parse(jwksJson);
        if (!jwks.RootElement.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Array)
        {
            return result;
        }

        foreach (var key in keys.EnumerateArray())
        {
            if (key.TryGetProperty("kid", out var kid) && kid.ValueKind == JsonValueKind.String &&
                key.TryGetProperty("endorsements", out var endorsements) && endorsements.ValueKind == JsonValueKind.Array)
            {
                result[kid.GetString()!] = endorsements.EnumerateArray()
                    .Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList();
            }
        }

        return result;
    }
}
