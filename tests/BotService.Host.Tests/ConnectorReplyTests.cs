using System.Net;
using BotService.Host.Tests.Support;
using BotService.Protocol;
using BotService.Protocol.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace BotService.Host.Tests;

/// <summary>Normal-mode replies travel through the Connector to the fake channel (protocol.md §1.7, §2).</summary>
public sealed class ConnectorReplyTests
{
    [Fact]
    public async Task DeliversTheRepliesOfATurnInOrderWithTheirAddresses()
    {
        await using var harness = await HostHarness.StartAsync(configureServices: s => s.AddTransient<IBot, ThreeRepliesBot>());
        var activity = harness.EmulatorActivity(ActivityTypes.Message, "hi");
        using var response = await harness.PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var replies = await harness.Channel.WaitForMessagesAsync(3);
        Assert.Equal(["reply 1", "reply 2", "reply 3"], replies.Select(r => r.Activity.Text));
        Assert.All(replies, r =>
        {
            Assert.Equal("POST", r.Method);
            Assert.Equal(activity.Conversation!.Id, r.ConversationId);
            Assert.Equal(activity.Id, r.ActivityIdInPath);
            Assert.Equal(activity.Id, r.Activity.ReplyToId);
            Assert.Equal("bot-1", r.Activity.From?.Id);
            Assert.Equal("user-1", r.Activity.Recipient?.Id);
            Assert.Equal(activity.Conversation.Id, r.Activity.Conversation?.Id);
            Assert.True(string.IsNullOrEmpty(r.Authorization), "an anonymous bot sends no token");
        });
    }

    [Fact]
    public async Task EscapesTheConversationIdInTheConnectorPath()
    {
        await using var harness = await HostHarness.StartAsync(configureServices: s => s.AddTransient<IBot, ThreeRepliesBot>());
        using var response = await harness.PostAsync(harness.EmulatorActivity(ActivityTypes.Message, "hi"));
        var replies = await harness.Channel.WaitForMessagesAsync(1);
        Assert.StartsWith("/v3/conversations/0f3c5a20-8a2b-11ee-b9d1-0242ac120002%7Clivechat/activities/", replies[0].RawPath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendsToTheConversationWhenThereIsNothingToReplyTo()
    {
        await using var harness = await HostHarness.StartAsync(configureServices: s => s.AddTransient<IBot, ThreeRepliesBot>());
        var activity = harness.EmulatorActivity(ActivityTypes.Message, "hi");
        activity.Id = null;
        using var response = await harness.PostAsync(activity);
        var replies = await harness.Channel.WaitForMessagesAsync(3);
        Assert.All(replies, r => Assert.Null(r.ActivityIdInPath));
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task RetriesThrottledAndGatewayFailuresUntilTheReplyIsDelivered(HttpStatusCode status)
    {
        // No typing indicator in this test, so that the channel counts only the replies and their retries.
        await using var harness = await HostHarness.StartAsync(
            new Dictionary<string, string?> { ["Bot:TypingDelayMilliseconds"] = "60000" },
            s => s.AddTransient<IBot, ThreeRepliesBot>());
        harness.Channel.FailNext(status, times: 2, retryAfter: status == HttpStatusCode.TooManyRequests ? "0" : null);
        using var response = await harness.PostAsync(harness.EmulatorActivity(ActivityTypes.Message, "hi"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = await harness.Channel.WaitForMessagesAsync(3);
        Assert.Equal(["reply 1", "reply 2", "reply 3"], replies.Select(r => r.Activity.Text));
        Assert.Equal(5, harness.Channel.RequestCount);
    }

    [Fact]
    public async Task ShowsTypingWhileASlowTurnRuns()
    {
        await using var harness = await HostHarness.StartAsync(configureServices: s => s.AddTransient<IBot, SlowBot>());
        using var response = await harness.PostAsync(harness.EmulatorActivity(ActivityTypes.Message, "think hard"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var received = await harness.Channel.WaitForMessagesAsync(1);
        var all = harness.Channel.Received;
        var typing = all.First(r => r.Activity.Type == ActivityTypes.Typing);
        Assert.Equal("bot-1", typing.Activity.From?.Id);
        Assert.True(all.ToList().IndexOf(typing) < all.ToList().IndexOf(received[0]));
    }

    [Fact]
    public async Task SendsTraceActivitiesOnlyToTheEmulator()
    {
        await using var harness = await HostHarness.StartAsync(configureServices: s => s.AddTransient<IBot, TracingBot>());
        using (await harness.PostAsync(harness.EmulatorActivity(ActivityTypes.Message, "hi")))
        {
        }

        await harness.Channel.WaitForMessagesAsync(1);
        Assert.Contains(harness.Channel.Received, r => r.Activity.Type == ActivityTypes.Trace);

        var webchat = harness.EmulatorActivity(ActivityTypes.Message, "hi");
        webchat.ChannelId = Channels.Webchat;
        using (await harness.PostAsync(webchat))
        {
        }

        await harness.Channel.WaitForMessagesAsync(2);
        Assert.Single(harness.Channel.Received, r => r.Activity.Type == ActivityTypes.Trace);
    }
}
