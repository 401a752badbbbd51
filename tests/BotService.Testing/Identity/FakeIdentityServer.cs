using System.Collections.Concurrent;
using System.Text.Json;
using BotService.Protocol.Authentication;
using BotService.Protocol.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BotService.Testing.Identity;

/// <summary>
/// Stands in for login.botframework.com and Azure AD on loopback: serves OpenID metadata and JWKS (with
/// endorsements) for channel and Emulator tokens, issues signed test tokens, and answers OAuth2 client
/// credentials requests at <c>/{tenant}/oauth2/v2.0/token</c> the way Azure AD does.
/// </summary>
public sealed class FakeIdentityServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly JsonWebTokenHandler _handler = new();
    private readonly ConcurrentQueue<IReadOnlyDictionary<string, string>> _tokenRequests = new();
    private readonly ConcurrentQueue<TimeSpan> _tokenDelays = new();
    private volatile IReadOnlyList<TestSigningKey> _channelKeys;
    private readonly IReadOnlyList<TestSigningKey> _emulatorKeys;
    private int _channelMetadataFetches;

    private FakeIdentityServer(WebApplication app, TestSigningKey channelKey, TestSigningKey emulatorKey)
    {
        _app = app;
        _channelKeys = [channelKey];
        _emulatorKeys = [emulatorKey];
        ChannelKey = channelKey;
        EmulatorKey = emulatorKey;
    }

    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>The key channel tokens are signed with; endorsed for the common channels.</summary>
    public TestSigningKey ChannelKey { get; }

    public TestSigningKey EmulatorKey { get; }

    public string ChannelMetadataUrl => BaseUrl + "/channel/.well-known/openidconfiguration";

    public string EmulatorMetadataUrl => BaseUrl + "/emulator/.well-known/openid-configuration";

    /// <summary>Times the channel metadata document was fetched (shows cache refreshes).</summary>
    public int ChannelMetadataFetches => _channelMetadataFetches;

    /// <summary>Form fields of every token request received.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> TokenRequests => [.. _tokenRequests];

    /// <summary>The client id and secret the token endpoint accepts.</summary>
    public (string ClientId, string Secret) Client { get; set; } = ("test-app-id", "test-secret");

    public static async Task<FakeIdentityServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeIdentityServer(app,
            new TestSigningKey("channel-key-1", ["msteams", "directline", "webchat", "emulator"]),
            new TestSigningKey("emulator-key-1"));
        server.MapRoutes();
        await app.StartAsync().ConfigureAwait(false);
        server.BaseUrl = app.Urls.Single();
        return server;
    }

    /// <summary>The next token request is answered only after <paramref name="delay"/> (an Azure AD that answers slowly).</summary>
    public void DelayNextTokenRequest(TimeSpan delay) => _tokenDelays.Enqueue(delay);

    /// <summary>Publishes a different set of channel keys (key rotation).</summary>
    public void PublishChannelKeys(params TestSigningKey[] keys) => _channelKeys = keys;

    public string IssueToken(TokenSpec spec, TestSigningKey key)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(key);
        var now = TimeProvider.System.GetUtcNow();
        var claims = new Dictionary<string, object>(spec.Claims);
        if (spec.ServiceUrl is not null)
        {
            claims[AuthenticationConstants.ServiceUrlClaim] = spec.ServiceUrl;
        }

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = spec.Issuer,
            Audience = spec.Audience,
            NotBefore = (spec.NotBefore ?? now.AddMinutes(-1)).UtcDateTime,
            Expires = (spec.Expires ?? now.AddHours(1)).UtcDateTime,
            IssuedAt = (spec.NotBefore ?? now.AddMinutes(-1)).UtcDateTime,
            Claims = claims,
            SigningCredentials = key.Credentials,
        };
        return _handler.CreateToken(descriptor);
    }

    /// <summary>The host's authenticator for <paramref name="appId"/>, trusting this server's channel and Emulator metadata.</summary>
    public BotFrameworkAuthenticator CreateAuthenticator(string appId, IHttpClientFactory httpClients, TimeProvider? time = null)
    {
        var options = Options.Create(new BotAuthenticationOptions
        {
            MicrosoftAppId = appId,
            MicrosoftAppPassword = "secret",
            ToBotFromChannelOpenIdMetadataUrl = ChannelMetadataUrl,
            ToBotFromEmulatorOpenIdMetadataUrl = EmulatorMetadataUrl,
        });
        var cache = new SigningMetadataCache(httpClients, Options.Create(new BotOptions()), TimeProvider.System);
        return new BotFrameworkAuthenticator(options, cache, time ?? TimeProvider.System);
    }

    /// <summary>A valid Bot Framework channel token for <paramref name="appId"/> and <paramref name="serviceUrl"/>.</summary>
    public string IssueChannelToken(string appId, string serviceUrl) =>
        IssueToken(new TokenSpec { Issuer = "https://api.botframework.com", Audience = appId, ServiceUrl = serviceUrl }, ChannelKey);

    /// <summary>A valid Emulator token (v1 uses appid, v2 uses azp).</summary>
    public string IssueEmulatorToken(string appId, string version = "1.0")
    {
        var v1 = version == "1.0";
        var issuer = v1
            ? "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/"
            : "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0";
        var claims = new Dictionary<string, object> { ["ver"] = version, [v1 ? "appid" : "azp"] = appId };
        return IssueToken(new TokenSpec { Issuer = issuer, Audience = appId, Claims = claims }, EmulatorKey);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        ChannelKey.Dispose();
        EmulatorKey.Dispose();
    }

    private void MapRoutes()
    {
        _app.MapGet("/channel/.well-known/openidconfiguration", () =>
        {
            Interlocked.Increment(ref _channelMetadataFetches);
            return Results.Json(new { issuer = "https://api.botframework.com", jwks_uri = BaseUrl + "/channel/keys" });
        });
        _app.MapGet("/channel/keys", () => Results.Json(new { keys = _channelKeys.Select(k => k.ToJwk()) }));
        _app.MapGet("/emulator/.well-known/openid-configuration", () =>
            Results.Json(new { issuer = "https://login.microsoftonline.com/{tenantid}/v2.0", jwks_uri = BaseUrl + "/emulator/keys" }));
        _app.MapGet("/emulator/keys", () => Results.Json(new { keys = _emulatorKeys.Select(k => k.ToJwk()) }));
        _app.MapPost("/{tenant}/oauth2/v2.0/token", (Delegate)TokenEndpointAsync);
    }

    private async Task<IResult> TokenEndpointAsync(HttpContext http, string tenant)
    {
        var form = await http.Request.ReadFormAsync().ConfigureAwait(false);
        var fields = form.ToDictionary(f => f.Key, f => f.Value.ToString());
        fields["tenant"] = tenant;
        _tokenRequests.Enqueue(fields);
        if (_tokenDelays.TryDequeue(out var delay))
        {
            try
            {
                await Task.Delay(delay, http.RequestAborted).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // The client gave up: nobody reads the answer.
                return Results.Empty;
            }
        }

        if (fields.GetValueOrDefault("grant_type") != "client_credentials" ||
            fields.GetValueOrDefault("client_id") != Client.ClientId ||
            fields.GetValueOrDefault("client_secret") != Client.Secret)
        {
            return Results.Json(new { error = "invalid_client", error_description = "AADSTS7000215: Invalid client secret provided." }, statusCode: 401);
        }

        var token = IssueToken(new TokenSpec { Issuer = $"https://sts.windows.net/{tenant}/", Audience = "https://api.botframework.com" }, ChannelKey);
        var body = JsonSerializer.Serialize(new Dictionary<string, object> { ["token_type"] = "Bearer", ["expires_in"] = 3600, ["ext_expires_in"] = 3600, ["access_token"] = token });
        return Results.Content(body, "application/json");
    }
}
