using BotService.Protocol.Schema;
using BotService.Testing;
using Xunit.Sdk;

namespace BotService.Protocol.Tests.Testing;

/// <summary>The transcript tools must fail when the bot says something else, or every dialog test could pass vacuously.</summary>
public sealed class TestFlowTests
{
    private readonly TestAdapter _adapter = new();

    [Fact]
    public async Task PassesWhenTheRepliesMatchInOrder()
    {
        await new TestFlow(_adapter, Echo)
            .Send("hello").AssertReply("echo: hello").AssertReplyContains("second").AssertNoReply()
            .SendConversationUpdate().AssertReply(r => r.Text == "welcome", "welcome message")
            .StartTestAsync();
    }

    [Fact]
    public async Task FailsOnADifferentReply()
    {
        await Assert.ThrowsAsync<TrueException>(() => new TestFlow(_adapter, Echo).Send("hello").AssertReply("something else").StartTestAsync());
    }

    [Fact]
    public async Task FailsWhenAReplyWasExpectedToBeAbsent()
    {
        await Assert.ThrowsAsync<TrueException>(() => new TestFlow(_adapter, Echo).Send("hello").AssertReply("echo: hello").AssertNoReply().StartTestAsync());
    }

    [Fact]
    public async Task FailsWhenNoReplyComes()
    {
        var silent = new TestFlow(_adapter, (ctx, ct) => Task.CompletedTask).Send("hello").AssertReply(_ => { }, TimeSpan.FromMilliseconds(10));

        await Assert.ThrowsAsync<TrueException>(() => silent.StartTestAsync());
    }

    [Fact]
    public async Task AddressesActivitiesFromItsConversationReference()
    {
        var replies = await _adapter.SendTextToBotAsync("hello", Echo);

        var reply = replies[0];
        Assert.Equal("user1", reply.Recipient!.Id);
        Assert.Equal("bot", reply.From!.Id);
        Assert.Equal("Convo1", reply.Conversation!.Id);
        Assert.Equal(Channels.Test, reply.ChannelId);
    }

    private static async Task Echo(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.IsType(ActivityTypes.ConversationUpdate))
        {
            await turnContext.SendActivityAsync("welcome", cancellationToken: cancellationToken);
            return;
        }

        await turnContext.SendActivityAsync($"echo: {turnContext.Activity.Text}", cancellationToken: cancellationToken);
        await turnContext.SendActivityAsync("a second line", cancellationToken: cancellationToken);
    }
}
