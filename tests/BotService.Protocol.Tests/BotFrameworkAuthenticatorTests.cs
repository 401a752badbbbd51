using BotService.Protocol.Authentication;
using BotService.Protocol.Hosting;
using BotService.Protocol.Schema;
using BotService.Testing.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BotService.Protocol.Tests;

/// <summary>Each rejection of protocol.md §3.a fails for its own reason, not by accident.</summary>
public sealed class BotFrameworkAuthenticatorTests : IAsyncLifetime
{
    private const string AppId = "test-app-id";
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    private FakeIdentityServer _identity = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _identity = await FakeIdentityServer.StartAsync();
        var services = new ServiceCollection();
        services.AddHttpClient();
        _services = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _identity.DisposeAsync();
    }

    [Fact]
    public async Task AcceptsAChannelTokenAndSetsTheAzureCallerId()
    {
        var result = await Authenticator().AuthenticateAsync("Bearer " + _identity.IssueChannelToken(AppId, ServiceUrl), Activity(), CancellationToken.None);
        Assert.Equal(BotAuthenticationResult.AzureCallerId, result.CallerId);
        Assert.Equal(AppId, result.Identity.FindFirst("aud")?.Value);
    }

    [Fact]
    public async Task AcceptsAnyRequestWithoutATokenWhenNoAppIdIsConfigured()
    {
        var result = await Authenticator(appId: "").AuthenticateAsync(null, Activity(), CancellationToken.None);
        Assert.True(result.IsAnonymous);
        Assert.Null(result.CallerId);
    }

    [Theory]
    [InlineData("wrong issuer", "SecurityTokenInvalidIssuerException")]
    [InlineData("wrong audience", "SecurityTokenInvalidAudienceException")]
    [InlineData("bad signature", "SecurityTokenInvalidSignatureException")]
    [InlineData("expired", "SecurityTokenInvalidLifetimeException")]
    [InlineData("serviceurl", "serviceurl")]
    [InlineData("endorsement", "not endorsed")]
    [InlineData("unknown key", "unknown key")]
    [InlineData("no header", "no Bearer token")]
    [InlineData("basic scheme", "Bearer scheme")]
    [InlineData("token without app id", "no MicrosoftAppId")]
    [InlineData("emulator app id", "another app id")]
    public async Task RejectsForTheRightReason(string reason, string expectedInMessage)
    {
        var activity = Activity();
        using var forged = new TestSigningKey(reason == "bad signature" ? _identity.ChannelKey.KeyId : "unknown-kid", ["msteams"]);
        var spec = new TokenSpec { Issuer = "https://api.botframework.com", Audience = AppId, ServiceUrl = ServiceUrl };
        var (header, appId) = reason switch
        {
            "wrong issuer" => (Issue(spec with { Issuer = "https://login.example.com" }), AppId),
            "wrong audience" => (Issue(spec with { Audience = "https://api.botframework.com" }), AppId),
            "bad signature" or "unknown key" => ("Bearer " + _identity.IssueToken(spec, forged), AppId),
            "expired" => (Issue(spec with { NotBefore = TimeProvider.System.GetUtcNow().AddHours(-2), Expires = TimeProvider.System.GetUtcNow().AddMinutes(-5.5) }), AppId),
            "serviceurl" => (Issue(spec with { ServiceUrl = "https://evil.example.com/" }), AppId),
            "endorsement" => (Issue(spec), AppId),
            "no header" => (null, AppId),
            "basic scheme" => ("Basic abc", AppId),
            "token without app id" => (Issue(spec), ""),
            "emulator app id" => ("Bearer " + _identity.IssueEmulatorToken("someone-else", "2.0"), AppId),
            _ => throw new ArgumentOutOfRangeException(nameof(reason)),
        };
        if (reason == "endorsement")
        {
            activity.ChannelId = "skype";
        }

        var error = await Assert.ThrowsAsync<BotAuthenticationException>(() => Authenticator(appId).AuthenticateAsync(header, activity, CancellationToken.None));
        Assert.Contains(expectedInMessage, error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task JudgesLifetimeByTheInjectedClock()
    {
        var header = "Bearer " + _identity.IssueChannelToken(AppId, ServiceUrl);
        var twoHoursLater = new ShiftedTimeProvider(TimeSpan.FromHours(2));
        var error = await Assert.ThrowsAsync<BotAuthenticationException>(() => Authenticator(time: twoHoursLater).AuthenticateAsync(header, Activity(), CancellationToken.None));
        Assert.Contains("Lifetime", error.Message, StringComparison.Ordinal);
    }

    private string Issue(TokenSpec spec) => "Bearer " + _identity.IssueToken(spec, _identity.ChannelKey);

    private static Activity Activity() => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = Channels.Msteams,
        ServiceUrl = ServiceUrl,
        Conversation = new ConversationAccount("19:abc"),
    };

    private BotFrameworkAuthenticator Authenticator(string appId = AppId, TimeProvider? time = null)
    {
        var options = Options.Create(new BotAuthenticationOptions
        {
            MicrosoftAppId = appId,
            MicrosoftAppPassword = "secret",
            ToBotFromChannelOpenIdMetadataUrl = _identity.ChannelMetadataUrl,
            ToBotFromEmulatorOpenIdMetadataUrl = _identity.EmulatorMetadataUrl,
        });
        var cache = new SigningMetadataCache(_services.GetRequiredService<IHttpClientFactory>(), Options.Create(new BotOptions()), TimeProvider.System);
        return new BotFrameworkAuthenticator(options, cache, time ?? TimeProvider.System);
    }

    private sealed class ShiftedTimeProvider(TimeSpan shift) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + shift;
    }
}
