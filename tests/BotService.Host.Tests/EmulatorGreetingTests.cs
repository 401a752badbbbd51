using System.Net;
using BotService.Dialogs;
using BotService.Host.Tests.Support;
using BotService.Protocol.Schema;

namespace BotService.Host.Tests;

/// <summary>A client that connects as the Bot Framework Emulator does is greeted (protocol.md §4.1).</summary>
public sealed class EmulatorGreetingTests
{
    [Fact]
    public async Task GreetsTheUserWhenTheEmulatorOpensAConversation()
    {
        await using var harness = await HostHarness.StartAsync();

        // The Emulator's first activity: conversationUpdate adding [bot, user], no Authorization header.
        var join = harness.EmulatorActivity(ActivityTypes.ConversationUpdate);
        join.MembersAdded = [new ChannelAccount("bot-1", "Bot", RoleTypes.Bot), new ChannelAccount("user-1", "User", RoleTypes.User)];
        join.MembersRemoved = [];
        using var response = await harness.PostAsync(join);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = await harness.Channel.WaitForMessagesAsync(1);
        var greeting = Assert.Single(replies).Activity;
        Assert.Equal(TwitchBot.WelcomeText, greeting.Text);
        Assert.Equal("bot-1", greeting.From?.Id);
        Assert.Equal("user-1", greeting.Recipient?.Id);
        Assert.Equal(join.Conversation!.Id, greeting.Conversation?.Id);
    }

    [Fact]
    public async Task DoesNotGreetWhenOnlyTheBotJoins()
    {
        await using var harness = await HostHarness.StartAsync();
        var join = harness.EmulatorActivity(ActivityTypes.ConversationUpdate);
        join.MembersAdded = [new ChannelAccount("bot-1", "Bot", RoleTypes.Bot)];
        join.DeliveryMode = DeliveryModes.ExpectReplies;
        using var response = await harness.PostAsync(join);

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal("{\"activities\":[]}", body);
    }
}
