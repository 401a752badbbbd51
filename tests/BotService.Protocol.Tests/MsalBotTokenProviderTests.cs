using BotService.Protocol.Authentication;
using BotService.Testing.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace BotService.Protocol.Tests;

/// <summary>Outgoing tokens by client credentials through real MSAL, against a loopback token endpoint (protocol.md §3.b).</summary>
public sealed class MsalBotTokenProviderTests : IAsyncLifetime
{
    private FakeIdentityServer _identity = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _identity = await FakeIdentityServer.StartAsync();
        var services = new ServiceCollection();
        services.AddHttpClient(MsalBotTokenProvider.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new LoopbackRedirectHandler(new Uri(_identity.BaseUrl)));
        _services = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _identity.DisposeAsync();
    }

    [Fact]
    public async Task AsksTheBotFrameworkTenantForAMultiTenantApp()
    {
        var token = await Provider(new BotAuthenticationOptions { MicrosoftAppType = "MultiTenant" }).GetTokenAsync(false, CancellationToken.None);

        Assert.False(string.IsNullOrEmpty(token));
        var request = Assert.Single(_identity.TokenRequests);
        Assert.Equal("botframework.com", request["tenant"]);
        Assert.Equal("client_credentials", request["grant_type"]);
        Assert.Equal("https://api.botframework.com/.default", request["scope"]);
    }

    [Fact]
    public async Task AsksTheAppsOwnTenantForASingleTenantApp()
    {
        var options = new BotAuthenticationOptions { MicrosoftAppType = "singletenant", MicrosoftAppTenantId = "contoso-tenant" };
        await Provider(options).GetTokenAsync(false, CancellationToken.None);
        Assert.Equal("contoso-tenant", Assert.Single(_identity.TokenRequests)["tenant"]);
    }

    [Fact]
    public async Task ReusesTheCachedTokenUntilARefreshIsForced()
    {
        var provider = Provider(new BotAuthenticationOptions());
        var first = await provider.GetTokenAsync(false, CancellationToken.None);
        var second = await provider.GetTokenAsync(false, CancellationToken.None);
        await provider.GetTokenAsync(true, CancellationToken.None);

        Assert.Equal(first, second);
        Assert.Equal(2, _identity.TokenRequests.Count);
    }

    [Fact]
    public async Task FailsWhenTheSecretIsWrong()
    {
        _identity.Client = ("test-app-id", "another-secret");
        await Assert.ThrowsAsync<MsalServiceException>(() => Provider(new BotAuthenticationOptions()).GetTokenAsync(false, CancellationToken.None));
    }

    [Fact]
    public async Task GivesNoTokenWhenNoAppIdIsConfigured()
    {
        var provider = Provider(new BotAuthenticationOptions(), appId: "");
        Assert.Null(await provider.GetTokenAsync(false, CancellationToken.None));
        Assert.Empty(_identity.TokenRequests);
    }

    private MsalBotTokenProvider Provider(BotAuthenticationOptions options, string appId = "test-app-id")
    {
        options.MicrosoftAppId = appId;
        options.MicrosoftAppPassword = "test-secret";
        options.ToChannelFromBotLoginUrl = "https://login.loopback.test";
        return new MsalBotTokenProvider(Options.Create(options), _services.GetRequiredService<IHttpClientFactory>());
    }
}
