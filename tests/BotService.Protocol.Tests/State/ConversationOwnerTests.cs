using BotService.Protocol.Schema;
using BotService.Protocol.State;
using BotService.Storage.Memory;
using BotService.Testing;

namespace BotService.Protocol.Tests.State;

/// <summary>A one-to-one conversation is its first writer's; a group conversation, however the channel says so, is everyone's.</summary>
public sealed class ConversationOwnerTests
{
    [Fact]
    public async Task AnotherUserInAOneToOneConversationGetsTheNoticeAndNeverReachesTheBot()
    {
        var (adapter, reached) = OwnedAdapter();

        await adapter.ProcessActivityAsync(Message(adapter, "user1", conversationType: null, isGroup: null), Bot(reached));
        var replies = await adapter.ProcessActivityAsync(Message(adapter, "user2", conversationType: null, isGroup: null), Bot(reached));

        Assert.Equal(["user1"], reached);
        Assert.Equal(ConversationOwnerMiddleware.NotYourConversationText, Assert.Single(replies).Text);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("groupChat", null)]
    [InlineData("channel", null)]
    [InlineData("groupChat", false)]
    public async Task EveryoneInAGroupConversationReachesTheBot(string? conversationType, bool? isGroup)
    {
        // Teams names the scope in conversationType; a client that leaves out isGroup is still a group chat.
        var (adapter, reached) = OwnedAdapter();

        await adapter.ProcessActivityAsync(Message(adapter, "user1", conversationType, isGroup), Bot(reached));
        await adapter.ProcessActivityAsync(Message(adapter, "user2", conversationType, isGroup), Bot(reached));

        Assert.Equal(["user1", "user2"], reached);
    }

    private static (TestAdapter Adapter, List<string> Reached) OwnedAdapter()
    {
        var conversation = new ConversationState(new MemoryStorage());
        var adapter = new TestAdapter();
        adapter.Use(new AutoSaveStateMiddleware(conversation));
        adapter.Use(new ConversationOwnerMiddleware(conversation));
        return (adapter, []);
    }

    private static BotCallbackHandler Bot(List<string> reached) => (turn, _) =>
    {
        reached.Add(turn.Activity.From!.Id!);
        return Task.CompletedTask;
    };

    private static Activity Message(TestAdapter adapter, string userId, string? conversationType, bool? isGroup)
    {
        var message = adapter.MakeActivity("hello");
        message.From = new ChannelAccount(userId, userId, RoleTypes.User);
        message.Conversation = new ConversationAccount { Id = adapter.Conversation.Conversation!.Id, ConversationType = conversationType, IsGroup = isGroup };
        return message;
    }
}
