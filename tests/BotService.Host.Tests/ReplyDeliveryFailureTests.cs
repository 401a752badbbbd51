using System.Net;
using System.Text.Json;
using BotService.Host.Tests.Support;
using BotService.Protocol.Authentication;
using BotService.Protocol.Schema;
using BotService.Testing;
using BotService.Testing.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BotService.Host.Tests;

/// <summary>
/// A reply that cannot be delivered (the bot's token cannot be fetched, or the Connector keeps failing after its
/// retries) leaves the person's triage where it was, is logged once, and is answered 502 (400 when the bot runs
/// without authentication and the serviceUrl is the client's), not as a turn that succeeded.
/// </summary>
public sealed class ReplyDeliveryFailureTests
{
    private const string AppId = "test-app-id";
    private const string FirstMessage = "my left eyelid has been twitching for 4 days, lots of coffee";

    [Fact]
    public async Task KeepsTheTriageAndAnswersBadGatewayWhenTheBotsTokenCannotBeFetched()
    {
        var logs = new CapturingLoggerProvider();
        await using var identity = await FakeIdentityServer.StartAsync();

        // Azure AD is unreachable: the login URL refuses connections.
        await using var harness = await StartAuthenticatedAsync(identity, new Uri($"http://127.0.0.1:{LoopbackPorts.Free()}"), logs);
        var token = identity.IssueChannelToken(AppId, harness.Channel.ServiceUrl);

        // Replies in the HTTP body need no token, so the triage can start.
        using (var asked = await harness.PostAsync(Teams(harness, FirstMessage, expectReplies: true), token))
        {
            Assert.Contains("Do you have any of these as well?", await asked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // The answer as a channel sends it: its reply needs the bot's token, which cannot be fetched.
        using (var failed = await harness.PostAsync(Teams(harness, "none"), token))
        {
            Assert.Equal(HttpStatusCode.BadGateway, failed.StatusCode);
        }

        Assert.Empty(harness.Channel.Received);

        using var answered = await harness.PostAsync(Teams(harness, "none", expectReplies: true), token);
        Assert.Equal("selfcare", Disposition(JsonSerializer.Deserialize<ExpectedReplies>(await answered.Content.ReadAsStringAsync(), BotJson.Options)!.Activities));
        AssertLoggedOnce(logs, LogLevel.Warning);
    }

    [Theory]
    [InlineData(true, HttpStatusCode.BadGateway)]
    [InlineData(false, HttpStatusCode.BadRequest)]
    public async Task KeepsTheTriageWhenTheConnectorKeepsFailingAndAnswersAnErrorThatIsTheClientsOnlyWithoutAuthentication(
        bool authenticated, HttpStatusCode expected)
    {
        var logs = new CapturingLoggerProvider();
        await using var identity = await FakeIdentityServer.StartAsync();
        await using var harness = authenticated
            ? await StartAuthenticatedAsync(identity, new Uri(identity.BaseUrl), logs)
            : await HostHarness.StartAsync(Settings(), services => services.AddSingleton<ILoggerProvider>(logs));
        var token = authenticated ? identity.IssueChannelToken(AppId, harness.Channel.ServiceUrl) : null;

        using (await harness.PostAsync(Teams(harness, FirstMessage), token))
        {
        }

        var asked = await harness.Channel.WaitForMessagesAsync(1);
        Assert.Contains(asked, r => r.Activity.Text?.Contains("Do you have any of these as well?", StringComparison.Ordinal) == true);
        var delivered = harness.Channel.Received.Count;

        // The first try and its one retry both fail. Without authentication the serviceUrl is whatever the client
        // sent, so a failure there is its own input, not the bot's upstream.
        harness.Channel.FailNext(HttpStatusCode.BadGateway, times: 2);
        using (var failed = await harness.PostAsync(Teams(harness, "none"), token))
        {
            Assert.Equal(expected, failed.StatusCode);
            Assert.Equal("application/problem+json", failed.Content.Headers.ContentType?.MediaType);
        }

        Assert.Equal(delivered, harness.Channel.Received.Count);

        using (await harness.PostAsync(Teams(harness, "none"), token))
        {
        }

        var all = await harness.Channel.WaitForAsync(delivered + 1);
        Assert.Equal("selfcare", Disposition(all.Skip(delivered).Select(r => r.Activity)));
        AssertLoggedOnce(logs, authenticated ? LogLevel.Warning : LogLevel.Information);
    }

    [Fact]
    public async Task ATurnWhoseConnectorKeepsThrottlingStopsWithinItsWaitBudgetAnswersBadGatewayAndKeepsTheTriage()
    {
        var logs = new CapturingLoggerProvider();
        await using var identity = await FakeIdentityServer.StartAsync();

        // Retries enough that only the wait budget (10 s by default) can stop them before 30 s.
        await using var harness = await StartAuthenticatedAsync(identity, new Uri(identity.BaseUrl), logs, maxRetries: 10);
        var token = identity.IssueChannelToken(AppId, harness.Channel.ServiceUrl);
        using (await harness.PostAsync(Teams(harness, FirstMessage), token))
        {
        }

        var delivered = (await harness.Channel.WaitForMessagesAsync(1)).Count;
        var before = harness.Channel.RequestCount;

        // Every call throttled with Retry-After: 4: two waits fit the 10 s, a third never does. The calls' own time comes
        // out of the budget too, so the 2 s the waits leave are the loaded machine's room (with Retry-After: 3 the third
        // wait fitted only if the first three calls took under a second in all).
        harness.Channel.FailNext(HttpStatusCode.TooManyRequests, times: 100, retryAfter: "4");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using (var failed = await harness.PostAsync(Teams(harness, "none"), token))
        {
            var took = clock.Elapsed;
            Assert.Equal(HttpStatusCode.BadGateway, failed.StatusCode);
            Assert.True(took < TimeSpan.FromSeconds(15), $"the channel waited {took} for its answer");
        }

        Assert.Equal(3, harness.Channel.RequestCount - before);
        Assert.Equal(delivered, harness.Channel.Received.Count);

        // The channel sends the answer again once the Connector takes replies: the triage goes on from the question.
        harness.Channel.ClearFailures();
        using (await harness.PostAsync(Teams(harness, "none"), token))
        {
        }

        var all = await harness.Channel.WaitForAsync(delivered + 1);
        Assert.Equal("selfcare", Disposition(all.Skip(delivered).Select(r => r.Activity)));
        AssertLoggedOnce(logs, LogLevel.Warning);
    }

    [Fact]
    public async Task ATurnWhoseConnectorAnswersTooSlowlyStopsWithinItsWaitBudgetAnswersBadGatewayAndKeepsTheTriage()
    {
        var logs = new CapturingLoggerProvider();
        await using var identity = await FakeIdentityServer.StartAsync();
        await using var harness = await StartAuthenticatedAsync(identity, new Uri(identity.BaseUrl), logs, waitBudgetMilliseconds: 2_000);
        var token = identity.IssueChannelToken(AppId, harness.Channel.ServiceUrl);
        using (await harness.PostAsync(Teams(harness, FirstMessage), token))
        {
        }

        var delivered = (await harness.Channel.WaitForMessagesAsync(1)).Count;

        // The Connector would answer the next call after a minute: the turn gives it up when the 2 s budget runs out.
        harness.Channel.DelayNext(TimeSpan.FromSeconds(60));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using (var failed = await harness.PostAsync(Teams(harness, "none"), token))
        {
            var took = clock.Elapsed;
            Assert.Equal(HttpStatusCode.BadGateway, failed.StatusCode);
            Assert.True(took < TimeSpan.FromSeconds(15), $"the channel waited {took} for its answer");
        }

        Assert.Equal(delivered, harness.Channel.Received.Count);

        // The channel sends the answer again and the Connector answers at once: the triage goes on from the question.
        using (await harness.PostAsync(Teams(harness, "none"), token))
        {
        }

        var all = await harness.Channel.WaitForAsync(delivered + 1);
        Assert.Equal("selfcare", Disposition(all.Skip(delivered).Select(r => r.Activity)));
        AssertLoggedOnce(logs, LogLevel.Warning);
    }

    [Fact]
    public async Task ATurnWhoseTokenAzureAdAnswersTooSlowlyStopsWithinItsWaitBudgetAnswersBadGatewayAndKeepsTheTriage()
    {
        var logs = new CapturingLoggerProvider();
        await using var identity = await FakeIdentityServer.StartAsync();
        await using var harness = await StartAuthenticatedAsync(identity, new Uri(identity.BaseUrl), logs, waitBudgetMilliseconds: 2_000);
        var token = identity.IssueChannelToken(AppId, harness.Channel.ServiceUrl);

        // Replies in the HTTP body need no token, so the triage starts without one.
        using (var asked = await harness.PostAsync(Teams(harness, FirstMessage, expectReplies: true), token))
        {
            Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        }

        // The first reply the Connector must carry needs the bot's token, and Azure AD would answer after a minute.
        identity.DelayNextTokenRequest(TimeSpan.FromSeconds(60));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using (var failed = await harness.PostAsync(Teams(harness, "none"), token))
        {
            var took = clock.Elapsed;
            Assert.Equal(HttpStatusCode.BadGateway, failed.StatusCode);
            Assert.True(took < TimeSpan.FromSeconds(15), $"the channel waited {took} for its answer");
        }

        Assert.Empty(harness.Channel.Received);

        // The channel sends the answer again and Azure AD answers at once: the triage goes on from the question.
        using (await harness.PostAsync(Teams(harness, "none"), token))
        {
        }

        var all = await harness.Channel.WaitForAsync(1);
        Assert.Equal("selfcare", Disposition(all.Select(r => r.Activity)));
        AssertLoggedOnce(logs, LogLevel.Warning);
    }

    [Fact]
    public async Task AReplyTheChannelRefusesAsMalformedIsAFailedTurnThatApologisesAndStartsOver()
    {
        var logs = new CapturingLoggerProvider();
        await using var harness = await HostHarness.StartAsync(Settings(), services => services.AddSingleton<ILoggerProvider>(logs));
        using (await harness.PostAsync(Teams(harness, FirstMessage), null))
        {
        }

        var delivered = (await harness.Channel.WaitForMessagesAsync(1)).Count;

        // 400 is not retried, and the same reply would be refused again: keeping the triage would loop on it.
        harness.Channel.FailNext(HttpStatusCode.BadRequest);
        using (var failed = await harness.PostAsync(Teams(harness, "none"), null))
        {
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        var apology = (await harness.Channel.WaitForMessagesAsync(delivered + 1))[^1].Activity.Text;
        Assert.StartsWith("Sorry, something went wrong on my side.", apology, StringComparison.Ordinal);
        Assert.DoesNotContain(logs.Lines, l => l.Contains("ReplyNotDelivered", StringComparison.Ordinal));
    }

    private static Task<HostHarness> StartAuthenticatedAsync(
        FakeIdentityServer identity, Uri login, CapturingLoggerProvider logs, int maxRetries = 1, int waitBudgetMilliseconds = 10_000)
    {
        var settings = Settings();
        settings["Bot:ConnectorMaxRetries"] = maxRetries.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Bot:ConnectorWaitBudgetMilliseconds"] = waitBudgetMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["MicrosoftAppId"] = AppId;
        settings["MicrosoftAppPassword"] = "test-secret";
        settings["ToBotFromChannelOpenIdMetadataUrl"] = identity.ChannelMetadataUrl;
        settings["ToChannelFromBotLoginUrl"] = "https://login.loopback.test";
        return HostHarness.StartAsync(settings, services =>
        {
            services.AddHttpClient(MsalBotTokenProvider.HttpClientName)
                .ConfigurePrimaryHttpMessageHandler(() => new LoopbackRedirectHandler(login));
            services.AddSingleton<ILoggerProvider>(logs);
        });
    }

    private static Dictionary<string, string?> Settings() => new()
    {
        ["Bot:ConnectorMaxRetries"] = "1",
        // No typing indicator, so that the failures are the replies'.
        ["Bot:TypingDelayMilliseconds"] = "60000",
    };

    private static Activity Teams(HostHarness harness, string text, bool expectReplies = false)
    {
        var activity = harness.EmulatorActivity(ActivityTypes.Message, text);
        activity.ChannelId = Channels.Msteams;
        activity.Conversation = new ConversationAccount("a:delivery-failure");
        activity.DeliveryMode = expectReplies ? DeliveryModes.ExpectReplies : null;
        return activity;
    }

    private static string? Disposition(IEnumerable<Activity> replies) => replies
        .SelectMany(a => a.Entities ?? [])
        .Where(e => e.Type == "triageOutcome")
        .Select(e => ((JsonElement)e.Properties!["disposition"]!).GetString())
        .Single();

    private static void AssertLoggedOnce(CapturingLoggerProvider logs, LogLevel level)
    {
        var lines = logs.Lines;
        Assert.Single(lines, l => l.StartsWith($"{level} ReplyNotDelivered", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("eyelid", StringComparison.Ordinal));
    }
}
