using BotService.Protocol.Authentication;
using BotService.Protocol.Schema;
using BotService.Testing;
using BotService.Testing.Identity;
using Microsoft.Extensions.DependencyInjection;

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
    [InlineData("no channel", "names no channel")]
    [InlineData("empty channel", "names no channel")]
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
            "endorsement" or "no channel" or "empty channel" => (Issue(spec), AppId),
            "no header" => (null, AppId),
            "basic scheme" => ("Basic abc", AppId),
            "token without app id" => (Issue(spec), ""),
            "emulator app id" => ("Bearer " + _identity.IssueEmulatorToken("someone-else", "2.0"), AppId),
            _ => throw new ArgumentOutOfRangeException(nameof(reason)),
        };
        activity.ChannelId = reason switch
        {
            "endorsement" => "skype",
            "no channel" => null,
            "empty channel" => "",
            _ => activity.ChannelId,
        };

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

    [Fact]
    public async Task ARememberedChannelTokenIsStillCheckedAgainstEachActivitysServiceUrlAndChannel()
    {
        var authenticator = Authenticator();
        var header = "Bearer " + _identity.IssueChannelToken(AppId, ServiceUrl);
        await authenticator.AuthenticateAsync(header, Activity(), CancellationToken.None);

        var otherService = Activity();
        otherService.ServiceUrl = "https://evil.example.com/";
        var otherChannel = Activity();
        otherChannel.ChannelId = "skype";

        var serviceUrl = await Assert.ThrowsAsync<BotAuthenticationException>(() => authenticator.AuthenticateAsync(header, otherService, CancellationToken.None));
        var endorsement = await Assert.ThrowsAsync<BotAuthenticationException>(() => authenticator.AuthenticateAsync(header, otherChannel, CancellationToken.None));
        Assert.Contains("serviceurl", serviceUrl.Message, StringComparison.Ordinal);
        Assert.Contains("not endorsed", endorsement.Message, StringComparison.Ordinal);
        Assert.Equal(BotAuthenticationResult.AzureCallerId, (await authenticator.AuthenticateAsync(header, Activity(), CancellationToken.None)).CallerId);
    }

    [Fact]
    public async Task ARememberedTokenStillExpiresByTheInjectedClock()
    {
        var clock = new ManualTimeProvider(TimeProvider.System.GetUtcNow());
        var authenticator = Authenticator(time: clock);
        var header = "Bearer " + _identity.IssueChannelToken(AppId, ServiceUrl);
        await authenticator.AuthenticateAsync(header, Activity(), CancellationToken.None);

        clock.Advance(TimeSpan.FromHours(2));

        var error = await Assert.ThrowsAsync<BotAuthenticationException>(() => authenticator.AuthenticateAsync(header, Activity(), CancellationToken.None));
        Assert.Contains("Lifetime", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("withdrawn", "unknown key")]
    [InlineData("replaced under the same id", "SecurityTokenInvalidSignatureException")]
    public async Task ARememberedTokenIsValidatedInFullAgainOnceTheSigningKeysAreRefreshed(string oldKey, string expectedInMessage)
    {
        var authenticator = Authenticator();
        var header = "Bearer " + _identity.IssueChannelToken(AppId, ServiceUrl);
        await authenticator.AuthenticateAsync(header, Activity(), CancellationToken.None);
        using var replaced = new TestSigningKey(_identity.ChannelKey.KeyId, ["msteams"]);
        using var newKey = new TestSigningKey("rotated-kid", ["msteams"]);
        _identity.PublishChannelKeys(oldKey == "withdrawn" ? [newKey] : [replaced, newKey]);

        // A token signed with the new key makes the authenticator fetch the metadata again.
        await authenticator.AuthenticateAsync("Bearer " + _identity.IssueToken(new TokenSpec { Issuer = "https://api.botframework.com", Audience = AppId, ServiceUrl = ServiceUrl }, newKey), Activity(), CancellationToken.None);

        var error = await Assert.ThrowsAsync<BotAuthenticationException>(() => authenticator.AuthenticateAsync(header, Activity(), CancellationToken.None));
        Assert.Contains(expectedInMessage, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATokenWithWhitespaceInsideIsRefusedThoughTheDecoderWouldSkipIt()
    {
        var authenticator = Authenticator();
        var token = _identity.IssueChannelToken(AppId, ServiceUrl);

        var error = await Assert.ThrowsAsync<BotAuthenticationException>(
            () => authenticator.AuthenticateAsync("Bearer " + token[..^4] + " " + token[^4..], Activity(), CancellationToken.None));
        Assert.Contains("not a JWT", error.Message, StringComparison.Ordinal);
        Assert.Equal(BotAuthenticationResult.AzureCallerId, (await authenticator.AuthenticateAsync("Bearer " + token, Activity(), CancellationToken.None)).CallerId);
    }

    [Fact]
    public async Task EachRequestGetsItsOwnIdentityObject()
    {
        var authenticator = Authenticator();
        var header = "Bearer " + _identity.IssueChannelToken(AppId, ServiceUrl);

        var first = await authenticator.AuthenticateAsync(header, Activity(), CancellationToken.None);
        first.Identity.AddClaim(new System.Security.Claims.Claim("added-by", "one request"));
        var second = await authenticator.AuthenticateAsync(header, Activity(), CancellationToken.None);

        Assert.NotSame(first.Identity, second.Identity);
        Assert.Null(second.Identity.FindFirst("added-by"));
    }

    private string Issue(TokenSpec spec) => "Bearer " + _identity.IssueToken(spec, _identity.ChannelKey);

    private static Activity Activity() => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = Channels.Msteams,
        ServiceUrl = ServiceUrl,
        Conversation = new ConversationAccount("19:abc"),
    };

    private BotFrameworkAuthenticator Authenticator(string appId = AppId, TimeProvider? time = null) =>
        _identity.CreateAuthenticator(appId, _services.GetRequiredService<IHttpClientFactory>(), time);

    private sealed class ShiftedTimeProvider(TimeSpan shift) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + shift;
    }
}
