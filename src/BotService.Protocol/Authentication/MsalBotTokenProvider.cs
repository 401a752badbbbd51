using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace BotService.Protocol.Authentication;

/// <summary>
/// Client-credentials tokens from Azure AD through MSAL, which caches them until shortly before expiry.
/// MultiTenant asks the botframework.com tenant, SingleTenant the app's own tenant (protocol.md §3.b).
/// </summary>
public sealed class MsalBotTokenProvider : IBotTokenProvider
{
    /// <summary>Name of the HttpClient MSAL uses; tests route it to a loopback token endpoint.</summary>
    public const string HttpClientName = "BotService.Msal";

    // Typed without MSAL types, so that a bot without an app id (Emulator, Web Chat on loopback) never loads MSAL.
    private readonly Func<bool, CancellationToken, Task<string>>? _acquire;

    public MsalBotTokenProvider(IOptions<BotAuthenticationOptions> options, IHttpClientFactory httpClientFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        if (!settings.IsAnonymous)
        {
            _acquire = Acquirer(settings, httpClientFactory);
        }
    }

    public async Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken) =>
        _acquire is null ? null : await _acquire(forceRefresh, cancellationToken).ConfigureAwait(false);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Func<bool, CancellationToken, Task<string>> Acquirer(BotAuthenticationOptions settings, IHttpClientFactory httpClientFactory)
    {
        string[] scopes = [settings.ToChannelFromBotOAuthScope.TrimEnd('/') + "/.default"];
        var application = new Lazy<IConfidentialClientApplication>(() => Build(settings, httpClientFactory));
        return async (forceRefresh, cancellationToken) =>
        {
            var result = await application.Value.AcquireTokenForClient(scopes)
                .WithForceRefresh(forceRefresh)
                .ExecuteAsync(cancellationToken)
                .ConfigureAwait(false);
            return result.AccessToken;
        };
    }

    private static IConfidentialClientApplication Build(BotAuthenticationOptions settings, IHttpClientFactory httpClientFactory)
    {
        var authority = $"{settings.ToChannelFromBotLoginUrl.TrimEnd('/')}/{settings.ChannelAuthTenant}";
        return ConfidentialClientApplicationBuilder.Create(settings.MicrosoftAppId!.Trim())
            .WithClientSecret(settings.MicrosoftAppPassword)
            // The login URL is configurable (sovereign clouds, loopback tests), so MSAL must not look it up
            // in its list of known Azure AD hosts.
            .WithAuthority(authority, validateAuthority: false)
            .WithInstanceDiscovery(false)
            .WithHttpClientFactory(new MsalHttpClientFactory(httpClientFactory))
            .Build();
    }

    private sealed class MsalHttpClientFactory(IHttpClientFactory factory) : IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => factory.CreateClient(HttpClientName);
    }
}
