using System.Net;
using BotService.Protocol.Authentication;
using BotService.Protocol.Connector;
using BotService.Protocol.Schema;
using BotService.Testing.Channel;
using BotService.Testing.Hosting;

namespace BotService.Protocol.Tests;

/// <summary>The Connector client against the loopback fake channel (protocol.md §2.1, §2.3).</summary>
public sealed class ConnectorClientTests : IAsyncLifetime
{
    private readonly ManualDelayTimeProvider _time = new();
    private readonly CountingTokenProvider _tokens = new();
    private readonly HttpClient _http = new();
    private FakeChannel _channel = null!;

    public async Task InitializeAsync() => _channel = await FakeChannel.StartAsync();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task HonoursRetryAfterOnThrottling()
    {
        _channel.FailNext(HttpStatusCode.TooManyRequests, retryAfter: "7");
        var response = await Client().SendToConversationAsync(Reply(), CancellationToken.None);

        Assert.NotNull(response.Id);
        Assert.Equal([TimeSpan.FromSeconds(7)], _time.RequestedDelays);
    }

    [Fact]
    public async Task BacksOffExponentiallyWithJitterWithoutRetryAfter()
    {
        _channel.FailNext(HttpStatusCode.BadGateway, times: 3);
        await Client().SendToConversationAsync(Reply(), CancellationToken.None);

        var delays = _time.RequestedDelays;
        Assert.Equal(3, delays.Count);
        for (var i = 0; i < 3; i++)
        {
            var floor = TimeSpan.FromMilliseconds(100 * Math.Pow(2, i));
            Assert.InRange(delays[i], floor, floor * 1.5);
        }
    }

    [Fact]
    public async Task GivesUpAfterTheLastRetry()
    {
        _channel.FailNext(HttpStatusCode.GatewayTimeout, times: 10);
        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client(maxRetries: 2).SendToConversationAsync(Reply(), CancellationToken.None));
        Assert.Equal(HttpStatusCode.GatewayTimeout, error.StatusCode);
        Assert.Equal(3, _channel.RequestCount);
    }

    [Fact]
    public async Task StopsRetryingOnceTheNextWaitWouldNotFitTheTurnsWaitBudget()
    {
        // The calls' own time is not counted (frozen timestamps): with a real clock, three calls taking a second in all on a
        // loaded machine would fail the check of what is left. TheTimeACallTakesComesOutOfTheBudget shows that it counts.
        var time = new ManualDelayTimeProvider(frozenTimestamps: true);
        _channel.FailNext(HttpStatusCode.TooManyRequests, times: 10, retryAfter: "4");
        var budget = new ConnectorWaitBudget(TimeSpan.FromSeconds(10));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client(maxRetries: 10, budget, time).SendToConversationAsync(Reply(), CancellationToken.None));

        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Equal([TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(4)], time.RequestedDelays);
        Assert.Equal(3, _channel.RequestCount);

        // The two waits and nothing else: the third does not fit the 2 s left, so it is refused, not taken.
        Assert.Equal(TimeSpan.FromSeconds(2), budget.Remaining);
    }

    [Fact]
    public async Task GivesUpACallTheChannelLeavesUnansweredPastWhatIsLeftOfTheBudget()
    {
        // A slow channel holds the channel's own call and the conversation as throttling does; the HttpClient alone waits 100 s.
        _channel.DelayNext(TimeSpan.FromSeconds(60));
        var budget = new ConnectorWaitBudget(TimeSpan.FromSeconds(2));
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client(budget: budget).SendToConversationAsync(Reply(), CancellationToken.None));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"the call was given up after {clock.Elapsed}");
        Assert.Null(error.StatusCode);
        Assert.Empty(_channel.Received);
        Assert.True(budget.Remaining < TimeSpan.FromMilliseconds(100), $"{budget.Remaining} left");
    }

    [Fact]
    public async Task TheTimeACallTakesComesOutOfTheBudget()
    {
        _channel.DelayNext(TimeSpan.FromMilliseconds(300));
        var budget = new ConnectorWaitBudget(TimeSpan.FromSeconds(10));

        await Client(budget: budget).SendToConversationAsync(Reply(), CancellationToken.None);

        Assert.Single(_channel.Received);
        Assert.True(budget.Remaining <= TimeSpan.FromMilliseconds(9_700), $"{budget.Remaining} left");
    }

    [Fact]
    public async Task ACallAfterTheRetriesUsedUpTheBudgetStillHasASecondToBeAnswered()
    {
        // The calls' own time is not counted (frozen timestamps), so the 4 s wait takes the whole budget however slow the
        // machine: with a real clock, a first call slower than the margin left no room for the wait, and CI once failed so.
        // The retry is then answered after 0.1 s, within the second every call is given even with nothing left.
        var time = new ManualDelayTimeProvider(frozenTimestamps: true);
        var budget = new ConnectorWaitBudget(TimeSpan.FromSeconds(4));
        _channel.FailNext(HttpStatusCode.TooManyRequests, retryAfter: "4");
        _channel.DelayNext(TimeSpan.Zero);
        _channel.DelayNext(TimeSpan.FromMilliseconds(100));

        await Client(budget: budget, time: time).SendToConversationAsync(Reply(), CancellationToken.None);

        Assert.Equal([TimeSpan.FromSeconds(4)], time.RequestedDelays);
        Assert.Single(_channel.Received);
        Assert.Equal(TimeSpan.Zero, budget.Remaining);
    }

    [Fact]
    public async Task AHighImportanceActivityWaitsForASlowChannelPastTheBudget()
    {
        _channel.DelayNext(TimeSpan.FromSeconds(2));
        var budget = new ConnectorWaitBudget(TimeSpan.FromMilliseconds(100));
        var emergency = Reply();
        emergency.Importance = ActivityImportance.High;

        await Client(budget: budget).SendToConversationAsync(emergency, CancellationToken.None);

        Assert.Single(_channel.Received);
        Assert.True(budget.Waived);
    }

    [Fact]
    public async Task RetriesAHighImportanceActivityAsThePolicyAllowsWhateverIsLeftOfTheBudget()
    {
        // The bot's emergency advice: delivered late is better than not delivered at all.
        _channel.FailNext(HttpStatusCode.TooManyRequests, times: 3, retryAfter: "4");
        var budget = new ConnectorWaitBudget(TimeSpan.FromSeconds(10));
        var emergency = Reply();
        emergency.Importance = ActivityImportance.High;

        await Client(maxRetries: 4, budget).SendToConversationAsync(emergency, CancellationToken.None);

        Assert.Equal([TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(4)], _time.RequestedDelays);
        Assert.Equal(4, _channel.RequestCount);
        Assert.Equal(TimeSpan.FromSeconds(10), budget.Remaining);
    }

    [Fact]
    public async Task OnceHighImportanceAdviceIsDeliveredTheTurnsLaterSendsAreNotRefused()
    {
        // A menu after the advice meeting 429s must not fail the turn: the turn's state records that the advice was given.
        var budget = new ConnectorWaitBudget(TimeSpan.FromSeconds(10));
        var client = Client(maxRetries: 4, budget);
        var advice = Reply();
        advice.Importance = ActivityImportance.High;
        await client.SendToConversationAsync(advice, CancellationToken.None);

        _channel.FailNext(HttpStatusCode.TooManyRequests, times: 3, retryAfter: "5");
        await client.SendToConversationAsync(Reply(), CancellationToken.None);

        Assert.Equal([TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5)], _time.RequestedDelays);
        Assert.True(budget.Waived);
    }

    [Fact]
    public async Task ATypingIndicatorIsNotRetriedAndTakesNothingFromTheBudget()
    {
        var budget = new ConnectorWaitBudget(TimeSpan.FromSeconds(10));
        _channel.FailNext(HttpStatusCode.TooManyRequests, retryAfter: "5");
        var typing = Reply();
        typing.Type = ActivityTypes.Typing;

        await Assert.ThrowsAsync<ConnectorException>(() => Client(maxRetries: 4, budget).SendToConversationAsync(typing, CancellationToken.None));

        Assert.Empty(_time.RequestedDelays);
        Assert.Equal(1, _channel.RequestCount);
        Assert.Equal(TimeSpan.FromSeconds(10), budget.Remaining);
    }

    [Fact]
    public async Task DoesNotRetryBeforeARetryAfterLongerThanTheWholeBudget()
    {
        _channel.FailNext(HttpStatusCode.TooManyRequests, retryAfter: "30");

        await Assert.ThrowsAsync<ConnectorException>(() =>
            Client(budget: new ConnectorWaitBudget(TimeSpan.FromSeconds(10))).SendToConversationAsync(Reply(), CancellationToken.None));

        Assert.Empty(_time.RequestedDelays);
        Assert.Equal(1, _channel.RequestCount);
    }

    [Fact]
    public async Task TheSendsOfOneTurnShareItsWaitBudget()
    {
        // Frozen timestamps: the second 4 s wait must fit whatever the first calls took on a loaded machine.
        var time = new ManualDelayTimeProvider(frozenTimestamps: true);
        var client = Client(budget: new ConnectorWaitBudget(TimeSpan.FromSeconds(10)), time: time);
        _channel.FailNext(HttpStatusCode.TooManyRequests, times: 2, retryAfter: "4");
        await client.SendToConversationAsync(Reply(), CancellationToken.None);

        _channel.FailNext(HttpStatusCode.TooManyRequests, retryAfter: "4");
        await Assert.ThrowsAsync<ConnectorException>(() => client.SendToConversationAsync(Reply(), CancellationToken.None));

        Assert.Equal([TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(4)], time.RequestedDelays);
    }

    [Fact]
    public async Task DoesNotRetryAClientError()
    {
        _channel.FailNext(HttpStatusCode.BadRequest);
        await Assert.ThrowsAsync<ConnectorException>(() => Client().SendToConversationAsync(Reply(), CancellationToken.None));
        Assert.Equal(1, _channel.RequestCount);
    }

    [Fact]
    public async Task FetchesAFreshTokenOnceWhenTheChannelRefusesTheCachedOne()
    {
        _channel.FailNext(HttpStatusCode.Unauthorized);
        await Client().SendToConversationAsync(Reply(), CancellationToken.None);

        Assert.Equal([false, true], _tokens.ForceRefreshRequests);
        Assert.Equal("Bearer token-2", _channel.Received.Single().Authorization);
    }

    [Fact]
    public async Task UpdatesAndDeletesActivitiesItSent()
    {
        var client = Client();
        var sent = await client.SendToConversationAsync(Reply(), CancellationToken.None);
        var update = Reply();
        update.Id = sent.Id;
        update.Text = "edited";
        await client.UpdateActivityAsync(update, CancellationToken.None);
        await client.DeleteActivityAsync(new ConversationReference
        {
            ActivityId = sent.Id,
            ServiceUrl = _channel.ServiceUrl,
            Conversation = update.Conversation,
        }, CancellationToken.None);

        Assert.Equal(["POST", "PUT", "DELETE"], _channel.Received.Select(r => r.Method));
        Assert.Equal("edited", _channel.Received[1].Activity.Text);
        Assert.All(_channel.Received, r => Assert.Equal("a|b;messageid=1", r.ConversationId));
    }

    [Theory]
    [InlineData("http://host/", "a|b", null, "http://host/v3/conversations/a%7Cb/activities")]
    [InlineData("http://host/api", "19:x@thread.skype;messageid=1", "1|0000002", "http://host/api/v3/conversations/19%3Ax%40thread.skype%3Bmessageid%3D1/activities/1%7C0000002")]
    public void EscapesIdsInTheActivitiesPath(string serviceUrl, string conversationId, string? activityId, string expected)
    {
        var activity = new Activity { ServiceUrl = serviceUrl, Conversation = new ConversationAccount(conversationId) };
        Assert.Equal(expected, ConnectorClient.ActivitiesUri(activity, activityId).AbsoluteUri);
    }

    private ConnectorClient Client(int maxRetries = 4, ConnectorWaitBudget? budget = null, TimeProvider? time = null) =>
        new(_http, _tokens, new RetryPolicy(maxRetries, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(30)), time ?? _time, budget);

    private Activity Reply() => new()
    {
        Type = ActivityTypes.Message,
        Text = "hello",
        ServiceUrl = _channel.ServiceUrl,
        Conversation = new ConversationAccount("a|b;messageid=1"),
        From = new ChannelAccount("bot"),
        Recipient = new ChannelAccount("user"),
    };

    private sealed class CountingTokenProvider : IBotTokenProvider
    {
        public List<bool> ForceRefreshRequests { get; } = [];

        public Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
        {
            ForceRefreshRequests.Add(forceRefresh);
            return Task.FromResult<string?>($"token-{ForceRefreshRequests.Count}");
        }
    }
}
