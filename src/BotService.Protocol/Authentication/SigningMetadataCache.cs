using BotService.Protocol.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;

namespace BotService.Protocol.Authentication;

/// <summary>
/// One IdentityModel <see cref="ConfigurationManager{T}"/> per metadata URL: keys are cached and refreshed on a
/// schedule (at most every 24 h), and fetched again when a token names a key id we have not seen (keys
/// rotate), at most once per <see cref="BotOptions.UnknownKeyRefreshIntervalSeconds"/>.
/// </summary>
public sealed class SigningMetadataCache
{
    /// <summary>Name of the HttpClient used to fetch metadata and keys.</summary>
    public const string HttpClientName = "BotService.OpenIdMetadata";

    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _refreshInterval;
    private readonly TimeSpan _unknownKeyRefreshInterval;

    public SigningMetadataCache(IHttpClientFactory httpClientFactory, IOptions<BotOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        _httpClientFactory = httpClientFactory;
        _timeProvider = timeProvider;
        _refreshInterval = TimeSpan.FromHours(options.Value.SigningKeyRefreshHours);
        _unknownKeyRefreshInterval = TimeSpan.FromSeconds(options.Value.UnknownKeyRefreshIntervalSeconds);
    }

    public Task<SigningMetadata> GetAsync(string metadataUrl, CancellationToken cancellationToken) =>
        EntryFor(metadataUrl).Manager.GetConfigurationAsync(cancellationToken);

    /// <summary>Fetches the metadata again now, unless that was done within the unknown-key interval.</summary>
    public async Task<SigningMetadata> RefreshAsync(string metadataUrl, CancellationToken cancellationToken)
    {
        var entry = EntryFor(metadataUrl);
        var now = _timeProvider.GetUtcNow();
        bool throttled;
        lock (_lock)
        {
            throttled = entry.LastForcedRefresh is { } last && now - last < _unknownKeyRefreshInterval;
            if (!throttled)
            {
                entry.LastForcedRefresh = now;
            }
        }

        if (throttled)
        {
            return await entry.Manager.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
        }

        // A new manager fetches on first use; if the fetch fails, the old copy stays in service.
        var fresh = CreateManager(metadataUrl);
        try
        {
            var metadata = await fresh.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
            lock (_lock)
            {
                entry.Manager = fresh;
            }

            return metadata;
        }
        catch (InvalidOperationException)
        {
            return await entry.Manager.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private Entry EntryFor(string metadataUrl)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(metadataUrl, out var entry))
            {
                entry = new Entry(CreateManager(metadataUrl));
                _entries[metadataUrl] = entry;
            }

            return entry;
        }
    }

    private ConfigurationManager<SigningMetadata> CreateManager(string metadataUrl)
    {
        // Plain HTTP is allowed only for loopback metadata servers (local tests).
        var retriever = new HttpDocumentRetriever(_httpClientFactory.CreateClient(HttpClientName))
        {
            RequireHttps = !new Uri(metadataUrl).IsLoopback,
        };
        return new ConfigurationManager<SigningMetadata>(metadataUrl, new SigningMetadataRetriever(), retriever)
        {
            AutomaticRefreshInterval = _refreshInterval,
        };
    }

    private sealed class Entry(ConfigurationManager<SigningMetadata> manager)
    {
        public ConfigurationManager<SigningMetadata> Manager { get; set; } = manager;

        public DateTimeOffset? LastForcedRefresh { get; set; }
    }
}
