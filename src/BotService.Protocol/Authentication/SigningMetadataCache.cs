using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using BotService.Protocol.Hosting;

namespace BotService.Protocol.Authentication;

/// <summary>
/// One IdentityModel <see cref="ConfigurationManager{T}"/> per metadata URL: keys are cached, refreshed on a
/// schedule (at most every 24 h) and on demand when a token names a key id we have not seen.
/// </summary>
public sealed class SigningMetadataCache
{
    /// <summary>Name of the HttpClient used to fetch metadata and keys.</summary>
    public const string HttpClientName = "BotService.OpenIdMetadata";

    private readonly Dictionary<string, ConfigurationManager<SigningMetadata>> _managers = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly TimeSpan _refreshInterval;

    public SigningMetadataCache(IHttpClientFactory httpClientFactory, IOptions<BotOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _httpClientFactory = httpClientFactory;
        _refreshInterval = TimeSpan.FromHours(options.Value.SigningKeyRefreshHours);
    }

    public Task<SigningMetadata> GetAsync(string metadataUrl, CancellationToken cancellationToken) =>
        Manager(metadataUrl).GetConfigurationAsync(cancellationToken);

    /// <summary>Asks for a fresh copy on the next read (used when a token's key id is unknown).</summary>
    public void RequestRefresh(string metadataUrl) => Manager(metadataUrl).RequestRefresh();

    private ConfigurationManager<SigningMetadata> Manager(string metadataUrl)
    {
        lock (_lock)
        {
            if (!_managers.TryGetValue(metadataUrl, out var manager))
            {
                // Plain HTTP is allowed only for loopback metadata servers (local tests).
                var retriever = new HttpDocumentRetriever(_httpClientFactory.CreateClient(HttpClientName))
                {
                    RequireHttps = !new Uri(metadataUrl).IsLoopback,
                };
                manager = new ConfigurationManager<SigningMetadata>(metadataUrl, new SigningMetadataRetriever(), retriever)
                {
                    // Unknown key ids trigger at most one refresh per IdentityModel's RefreshInterval (5 min).
                    AutomaticRefreshInterval = _refreshInterval,
                };
                _managers[metadataUrl] = manager;
            }

            return manager;
        }
    }
}
