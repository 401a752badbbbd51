using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using BotService.Protocol;
using BotService.Protocol.Authentication;
using BotService.Protocol.Schema;
using BotService.Testing.Channel;
using BotService.Testing.Hosting;
using BotService.Testing.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace BotService.Teams.Tests.Support;

/// <summary>
/// The real host on loopback Kestrel with authentication on, as Azure Bot Service calls it for Teams: channel
/// tokens signed by the fake identity server, outgoing tokens from its Azure AD token endpoint (MSAL routed to
/// loopback), and replies delivered to the fake Connector channel whose URL is the activities' serviceUrl.
/// </summary>
internal sealed class TeamsHostHarness : IAsyncDisposable
{
    public const string AppId = "5b3a2c1d-1111-4222-8333-944455556666";
    public const string AppPassword = "test-secret";

    private TeamsHostHarness(FakeChannel channel, FakeIdentityServer identity, BotHostFactory<Program> host)
    {
        Channel = channel;
        Identity = identity;
        Host = host;
        Client = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public FakeChannel Channel { get; }

    public FakeIdentityServer Identity { get; }

    public BotHostFactory<Program> Host { get; }

    public HttpClient Client { get; }

    public static async Task<TeamsHostHarness> StartAsync<TBot>(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null)
        where TBot : class, IBot
    {
        var channel = await FakeChannel.StartAsync();
        var identity = await FakeIdentityServer.StartAsync();
        identity.Client = (AppId, AppPassword);
        var all = new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = AppPassword,
            ["ToBotFromChannelOpenIdMetadataUrl"] = identity.ChannelMetadataUrl,
            ["ToChannelFromBotLoginUrl"] = "https://login.loopback.test",
            ["Bot:ConnectorRetryBaseDelayMilliseconds"] = "10",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var host = new BotHostFactory<Program>(all, services =>
        {
            services.AddHttpClient(MsalBotTokenProvider.HttpClientName)
                .ConfigurePrimaryHttpMessageHandler(() => new LoopbackRedirectHandler(new Uri(identity.BaseUrl)));
            services.AddTransient<IBot, TBot>();
            configureServices?.Invoke(services);
        });
        return new TeamsHostHarness(channel, identity, host);
    }

    /// <summary>Points a Teams-shaped activity at the fake channel, as Teams would at its own serviceUrl.</summary>
    public Activity AtChannel(Activity activity)
    {
        activity.ServiceUrl = Channel.ServiceUrl;
        return activity;
    }

    public Task<HttpResponseMessage> PostAsync(Activity activity) =>
        PostAsync(activity, Identity.IssueChannelToken(AppId, activity.ServiceUrl!));

    public async Task<HttpResponseMessage> PostAsync(Activity activity, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = new StringContent(JsonSerializer.Serialize(activity, BotJson.Options), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
        await Channel.DisposeAsync();
        await Identity.DisposeAsync();
    }
}
