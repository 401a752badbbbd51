using System.Net;
using BotService.Protocol.Schema;
using BotService.Resilience.Tests.Support;
using BotService.Testing.Channel;

namespace BotService.Resilience.Tests;

/// <summary>A channel answering 429 and 5xx is retried, and while it is, other conversations are served.</summary>
public sealed class ChannelFaultTests
{
    [Fact]
    public async Task RepliesToAThrottledAndFailingChannelAreRetriedWithoutHoldingUpOtherConversations()
    {
        using var folder = new TempFolder();
        await using var failing = await FakeChannel.StartAsync();
        await using var healthy = await FakeChannel.StartAsync();
        await using var host = RealHost.Start(folder.Path, new Dictionary<string, string?>
        {
            ["Bot:ConnectorMaxRetries"] = "6",
            ["Bot:ConnectorRetryBaseDelayMilliseconds"] = "200",
            // Together the waits below (6 s of Retry-After and at most 8.4 s of back-off) exceed a turn's default wait
            // budget of 10 s; the test is about every retry being made while other conversations are served, so it
            // allows the most a budget may be. (A typing indicator is never retried, so it may take one failure.)
            ["Bot:ConnectorWaitBudgetMilliseconds"] = "15000",
        });
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        // Throttled twice with a long Retry-After, then 503, 502 and 504 before the channel takes the reply.
        failing.FailNext(HttpStatusCode.TooManyRequests, times: 2, retryAfter: "3");
        failing.FailNext(HttpStatusCode.ServiceUnavailable);
        failing.FailNext(HttpStatusCode.BadGateway);
        failing.FailNext(HttpStatusCode.GatewayTimeout);

        var slow = Channelled(new BotConversation(http, host.BaseAddress, "slow-" + Guid.NewGuid().ToString("N")), failing, "my calf has been twitching");
        // The turn sends its reply through the Connector and waits for it, so its HTTP answer comes after the retries.
        var slowTurn = slow.Conversation.PostAsync(slow.Activity);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (failing.RequestCount == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the slow conversation's reply never reached its channel");
            await Task.Delay(50);
        }

        // Meanwhile another conversation, on a healthy channel, has two whole turns answered.
        var other = new BotConversation(http, host.BaseAddress, "other-" + Guid.NewGuid().ToString("N"));
        foreach (var text in new[] { "my left eyelid has been twitching for 3 days, I drink a lot of coffee and sleep badly, nothing else", "None of these" })
        {
            var turn = Channelled(other, healthy, text);
            var before = healthy.Received.Count;
            using var response = await other.PostAsync(turn.Activity);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await healthy.WaitForAsync(before + 1, timeout: TimeSpan.FromSeconds(60));
        }

        Assert.DoesNotContain(failing.Received, r => r.Activity.Type == ActivityTypes.Message);
        using var slowResponse = await slowTurn;
        Assert.Equal(HttpStatusCode.OK, slowResponse.StatusCode);
        var arrived = await failing.WaitForMessagesAsync(1, TimeSpan.FromSeconds(90));
        Assert.Contains("how long", arrived[0].Activity.Text, StringComparison.OrdinalIgnoreCase);
        Assert.True(failing.RequestCount >= 6, $"expected five failed attempts and a success, saw {failing.RequestCount} requests");
    }

    [Fact]
    public async Task EmergencyAdviceReachesAThrottledChannelEvenAfterTheChannelStopsWaitingForTheTurn()
    {
        // Teams gives up on its call after about 15 s; the bot's replies go to the Connector, not into that call, so
        // the turn goes on: the advice is delivered, and the turn's state is saved.
        using var folder = new TempFolder();
        await using var channel = await FakeChannel.StartAsync();
        await using var host = RealHost.Start(folder.Path);
        using var impatient = new HttpClient { Timeout = TimeSpan.FromMilliseconds(500) };
        channel.FailNext(HttpStatusCode.TooManyRequests, times: 3, retryAfter: "2");
        var (conversation, activity) = Channelled(
            new BotConversation(impatient, host.BaseAddress, "impatient-" + Guid.NewGuid().ToString("N")), channel, "I have crushing chest pain and my arm is twitching");

        await Assert.ThrowsAnyAsync<TaskCanceledException>(() => conversation.PostAsync(activity));

        var arrived = await channel.WaitForMessagesAsync(1, TimeSpan.FromSeconds(30));
        Assert.StartsWith("**Please call 911 now**", arrived[0].Activity.Text, StringComparison.Ordinal);
    }

    private static (BotConversation Conversation, Activity Activity) Channelled(BotConversation conversation, FakeChannel channel, string text)
    {
        var activity = conversation.Message(text);
        activity.DeliveryMode = null;
        activity.ServiceUrl = channel.ServiceUrl;
        activity.ChannelId = "emulator";
        return (conversation, activity);
    }
}
