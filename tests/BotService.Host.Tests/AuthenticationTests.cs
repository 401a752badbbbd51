using System.Net;
using BotService.Host.Tests.Support;
using BotService.Protocol.Authentication;
using BotService.Protocol.Schema;
using BotService.Testing;
using BotService.Testing.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BotService.Host.Tests;

/// <summary>
/// Authentication as Azure Bot Service does it (protocol.md §3), against a loopback identity server that
/// serves OpenID metadata, signing keys with endorsements, and the Azure AD token endpoint.
/// </summary>
public sealed class AuthenticationTests : IAsyncLifetime
{
    private const string AppId = "test-app-id";
    private readonly CapturingLoggerProvider _logs = new();
    private FakeIdentityServer _identity = null!;
    private HostHarness _harness = null!;

    public async Task InitializeAsync()
    {
        _identity = await FakeIdentityServer.StartAsync();
        _harness = await HostHarness.StartAsync(
            new Dictionary<string, string?>
            {
                ["MicrosoftAppId"] = AppId,
                ["MicrosoftAppPassword"] = "test-secret",
                ["ToBotFromChannelOpenIdMetadataUrl"] = _identity.ChannelMetadataUrl,
                ["ToBotFromEmulatorOpenIdMetadataUrl"] = _identity.EmulatorMetadataUrl,
                // MSAL only accepts HTTPS authorities; its HttpClient is routed to the loopback server below.
                ["ToChannelFromBotLoginUrl"] = "https://login.loopback.test",
                ["Bot:UnknownKeyRefreshIntervalSeconds"] = "0",
            },
            services =>
            {
                services.AddSingleton<ILoggerProvider>(_logs);
                services.AddHttpClient(MsalBotTokenProvider.HttpClientName)
                    .ConfigurePrimaryHttpMessageHandler(() => new LoopbackRedirectHandler(new Uri(_identity.BaseUrl)));
            });
    }

    public async Task DisposeAsync()
    {
        await _harness.DisposeAsync();
        await _identity.DisposeAsync();
    }

    [Fact]
    public async Task AcceptsAChannelTokenAndRepliesWithTheBotsOwnToken()
    {
        var activity = Join(Channels.Msteams);
        using var response = await _harness.PostAsync(activity, _identity.IssueChannelToken(AppId, activity.ServiceUrl!));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = (await _harness.Channel.WaitForMessagesAsync(1))[0];
        Assert.StartsWith("Bearer ey", reply.Authorization, StringComparison.Ordinal);
        var tokenRequest = Assert.Single(_identity.TokenRequests);
        Assert.Equal("botframework.com", tokenRequest["tenant"]);
        Assert.Equal("https://api.botframework.com/.default", tokenRequest["scope"]);
        Assert.Equal(AppId, tokenRequest["client_id"]);
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    public async Task AcceptsAnEmulatorTokenForThisBot(string version)
    {
        var activity = Join(Channels.Emulator);
        using var response = await _harness.PostAsync(activity, _identity.IssueEmulatorToken(AppId, version));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _harness.Channel.WaitForMessagesAsync(1);
    }

    [Fact]
    public async Task AcceptsATokenExpiredLessThanTheClockSkewAgo()
    {
        var activity = Join(Channels.Msteams);
        var token = ChannelToken(activity, spec => spec with
        {
            NotBefore = TimeProvider.System.GetUtcNow().AddHours(-1),
            Expires = TimeProvider.System.GetUtcNow().AddMinutes(-2),
        });
        using var response = await _harness.PostAsync(activity, token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task RefreshesTheKeysWhenATokenNamesANewKeyId()
    {
        var first = Join(Channels.Msteams);
        using (var ok = await _harness.PostAsync(first, _identity.IssueChannelToken(AppId, first.ServiceUrl!)))
        {
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using var rotated = new TestSigningKey("channel-key-2", [Channels.Msteams]);
        _identity.PublishChannelKeys(_identity.ChannelKey, rotated);
        var second = Join(Channels.Msteams);
        var token = _identity.IssueToken(new TokenSpec { Issuer = "https://api.botframework.com", Audience = AppId, ServiceUrl = second.ServiceUrl }, rotated);
        using var response = await _harness.PostAsync(second, token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, _identity.ChannelMetadataFetches);
    }

    [Theory]
    [InlineData("missing header")]
    [InlineData("not bearer")]
    [InlineData("not a jwt")]
    [InlineData("bad signature")]
    [InlineData("wrong issuer")]
    [InlineData("wrong audience")]
    [InlineData("expired beyond skew")]
    [InlineData("not yet valid")]
    [InlineData("serviceurl mismatch")]
    [InlineData("serviceurl missing")]
    [InlineData("channel not endorsed")]
    [InlineData("key without endorsements")]
    [InlineData("unknown key id")]
    [InlineData("emulator channel without token")]
    [InlineData("emulator token for another app")]
    [InlineData("emulator token without ver")]
    public async Task RejectsTheRequestWithUnauthorized(string reason)
    {
        var activity = Join(reason.StartsWith("emulator", StringComparison.Ordinal) ? Channels.Emulator : Channels.Msteams);
        using var otherKey = new TestSigningKey(reason == "bad signature" ? _identity.ChannelKey.KeyId : "rogue-key", [Channels.Msteams]);
        using var unendorsed = new TestSigningKey("plain-key");
        if (reason == "key without endorsements")
        {
            _identity.PublishChannelKeys(_identity.ChannelKey, unendorsed);
        }

        string? header = reason switch
        {
            "missing header" or "emulator channel without token" => null,
            "not bearer" => "Basic dXNlcjpwYXNz",
            "not a jwt" => "Bearer not-a-token",
            "bad signature" or "unknown key id" => Bearer(_identity.IssueToken(ChannelSpec(activity), otherKey)),
            "wrong issuer" => Bearer(ChannelToken(activity, s => s with { Issuer = "https://evil.example.com" })),
            "wrong audience" => Bearer(ChannelToken(activity, s => s with { Audience = "another-bot" })),
            "expired beyond skew" => Bearer(ChannelToken(activity, s => s with
            {
                NotBefore = TimeProvider.System.GetUtcNow().AddHours(-1),
                Expires = TimeProvider.System.GetUtcNow().AddMinutes(-6),
            })),
            "not yet valid" => Bearer(ChannelToken(activity, s => s with
            {
                NotBefore = TimeProvider.System.GetUtcNow().AddMinutes(10),
                Expires = TimeProvider.System.GetUtcNow().AddHours(1),
            })),
            "serviceurl mismatch" => Bearer(ChannelToken(activity, s => s with { ServiceUrl = "https://attacker.example.com/" })),
            "serviceurl missing" => Bearer(ChannelToken(activity, s => s with { ServiceUrl = null })),
            "channel not endorsed" => Bearer(_identity.IssueChannelToken(AppId, activity.ServiceUrl!)),
            "key without endorsements" => Bearer(_identity.IssueToken(ChannelSpec(activity), unendorsed)),
            "emulator token for another app" => Bearer(_identity.IssueEmulatorToken("another-bot")),
            "emulator token without ver" => Bearer(_identity.IssueToken(new TokenSpec
            {
                Issuer = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
                Audience = AppId,
                Claims = new Dictionary<string, object> { ["appid"] = AppId },
            }, _identity.EmulatorKey)),
            _ => throw new ArgumentOutOfRangeException(nameof(reason)),
        };
        if (reason == "channel not endorsed")
        {
            activity.ChannelId = "slack";
        }

        using var response = await PostWithHeaderAsync(activity, header);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(_harness.Channel.Received);
        if (reason == "unknown key id")
        {
            Assert.Equal(2, _identity.ChannelMetadataFetches);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task AnswersBadRequestToAnActivityWithAValidTokenAndNoChannelId(string? channelId)
    {
        var activity = _harness.EmulatorActivity(ActivityTypes.Message, "hello");
        activity.ChannelId = channelId;
        using var response = await _harness.PostAsync(activity, _identity.IssueChannelToken(AppId, activity.ServiceUrl!));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_harness.Channel.Received);
        Assert.DoesNotContain(_logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RequestsThatFailAuthenticationDoNotSpendTheConversationsRateLimit()
    {
        // More than the conversation's burst (20 by default): an outsider who knows a conversation id must not be able
        // to block it. The per-client limit still counts them.
        for (var i = 0; i < 25; i++)
        {
            using var rejected = await _harness.PostAsync(Join(Channels.Msteams));
            Assert.Equal(HttpStatusCode.Unauthorized, rejected.StatusCode);
        }

        var genuine = Join(Channels.Msteams);
        using var response = await _harness.PostAsync(genuine, _identity.IssueChannelToken(AppId, genuine.ServiceUrl!));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task LogsRefusedRequestsAsOneWarningAMinuteRatherThanALineEach()
    {
        for (var i = 0; i < 10; i++)
        {
            using var rejected = await _harness.PostAsync(Join(Channels.Msteams));
            Assert.Equal(HttpStatusCode.Unauthorized, rejected.StatusCode);
        }

        var refusals = _logs.Lines.Where(l => l.Contains("Unauthorized", StringComparison.Ordinal)).ToList();
        var warning = Assert.Single(refusals);
        Assert.StartsWith("Warning", warning, StringComparison.Ordinal);
        Assert.Contains("The request has no Bearer token.", warning, StringComparison.Ordinal);
    }

    private Activity Join(string channelId)
    {
        var activity = _harness.EmulatorActivity(ActivityTypes.ConversationUpdate);
        activity.ChannelId = channelId;
        activity.MembersAdded = [new ChannelAccount("user-1", "User")];
        return activity;
    }

    private static TokenSpec ChannelSpec(Activity activity) =>
        new() { Issuer = "https://api.botframework.com", Audience = AppId, ServiceUrl = activity.ServiceUrl };

    private string ChannelToken(Activity activity, Func<TokenSpec, TokenSpec> change) =>
        _identity.IssueToken(change(ChannelSpec(activity)), _identity.ChannelKey);

    private static string Bearer(string token) => "Bearer " + token;

    private async Task<HttpResponseMessage> PostWithHeaderAsync(Activity activity, string? header)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = System.Net.Http.Json.JsonContent.Create(activity, options: BotJson.Options),
        };
        if (header is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", header);
        }

        return await _harness.Client.SendAsync(request);
    }
}
