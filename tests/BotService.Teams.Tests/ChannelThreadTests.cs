using BotService.Protocol;
using BotService.Protocol.Schema;
using BotService.Teams.Tests.Support;

namespace BotService.Teams.Tests;

/// <summary>A channel thread where two people talk to the bot in turn; each answer goes to the right person, in the thread.</summary>
public class ChannelThreadTests
{
    private const string RootId = "1732090000000";

    private static readonly BotCallbackHandler EchoBot = (turn, ct) =>
        turn.SendActivityAsync($"{turn.Activity.From!.Name}, you said: {turn.Activity.Text}", cancellationToken: ct);

    private static TeamsTestAdapter NewAdapter()
    {
        var adapter = new TeamsTestAdapter();
        adapter.Use(new TeamsMentionMiddleware());
        return adapter;
    }

    [Fact]
    public async Task RepliesToEachPersonInTheSameThreadWhenTwoPeopleInterleave()
    {
        var adapter = NewAdapter();
        var inbound = new[]
        {
            TeamsActivities.ChannelMessage(TeamsActivities.Megan, RootId, RootId, "<at>Twitch Guide</at> my eyelid twitches"),
            TeamsActivities.ChannelMessage(TeamsActivities.Alex, "1732090000100", RootId, "<at>Twitch Guide</at> I get calf cramps"),
            TeamsActivities.ChannelMessage(TeamsActivities.Megan, "1732090000200", RootId, "<at>Twitch Guide</at> about two weeks"),
            TeamsActivities.ChannelMessage(TeamsActivities.Alex, "1732090000300", RootId, "<at>Twitch Guide</at> at night"),
        };

        foreach (var activity in inbound)
        {
            await adapter.ProcessAsync(activity, EchoBot);
        }

        var replies = adapter.Sent.ToList();
        Assert.Equal(4, replies.Count);
        Assert.All(replies, r => Assert.Equal($"{TeamsActivities.ChannelId};messageid={RootId}", r.Conversation!.Id));
        Assert.Equal(inbound.Select(a => a.Id), replies.Select(r => r.ReplyToId));
        Assert.Equal(inbound.Select(a => a.From!.Id), replies.Select(r => r.Recipient!.Id));
        Assert.All(replies, r => Assert.Equal(TeamsActivities.BotId, r.From!.Id));
        Assert.Equal(
            ["Megan Bowen, you said: my eyelid twitches", "Alex Wilber, you said: I get calf cramps",
             "Megan Bowen, you said: about two weeks", "Alex Wilber, you said: at night"],
            replies.Select(r => r.Text));
    }

    [Fact]
    public async Task RepliesInADifferentThreadGoToThatThread()
    {
        var adapter = NewAdapter();

        await adapter.ProcessAsync(TeamsActivities.ChannelMessage(TeamsActivities.Megan, "500", "500", "<at>Twitch Guide</at> one"), EchoBot);
        await adapter.ProcessAsync(TeamsActivities.ChannelMessage(TeamsActivities.Megan, "900", "900", "<at>Twitch Guide</at> two"), EchoBot);

        Assert.Equal(["500", "900"], adapter.Sent.Select(r => TeamsThreads.GetThreadRootId(r.Conversation!.Id)));
    }

    [Fact]
    public async Task IgnoresChannelMessagesThatDoNotMentionTheBot()
    {
        var adapter = NewAdapter();

        await adapter.ProcessAsync(TeamsActivities.ChannelMessage(TeamsActivities.Alex, "700", RootId, "thanks Megan!", mention: false), EchoBot);

        Assert.Empty(adapter.Sent);
    }

    [Fact]
    public async Task AnswersGroupChatMessagesThatMentionTheBotAndIgnoresTheRest()
    {
        var adapter = NewAdapter();

        await adapter.ProcessAsync(TeamsActivities.GroupChatMessage("lunch?", mention: false), EchoBot);
        await adapter.ProcessAsync(TeamsActivities.GroupChatMessage("<at>Twitch Guide</at> help"), EchoBot);

        Assert.Equal(["Megan Bowen, you said: help"], adapter.Sent.Select(r => r.Text));
    }

    [Fact]
    public async Task AnswersEveryMessageInAPersonalChat()
    {
        var adapter = NewAdapter();

        await adapter.ProcessAsync(TeamsActivities.PersonalMessage("my thumb twitches"), EchoBot);

        Assert.Equal(["Megan Bowen, you said: my thumb twitches"], adapter.Sent.Select(r => r.Text));
    }

    [Fact]
    public async Task AnswersAllGroupMessagesWhenConfiguredNotToRequireAMention()
    {
        var adapter = new TeamsTestAdapter();
        adapter.Use(new TeamsMentionMiddleware(new TeamsResponsePolicy(respondOnlyWhenMentioned: false)));

        await adapter.ProcessAsync(TeamsActivities.GroupChatMessage("my back spasms", mention: false), EchoBot);

        Assert.Single(adapter.Sent);
    }

    [Fact]
    public async Task KeepsTheOriginalTextAndTheConversationInfoInTurnState()
    {
        var adapter = NewAdapter();
        TeamsConversationInfo? info = null;
        string? original = null;

        await adapter.ProcessAsync(TeamsActivities.ChannelMessage(TeamsActivities.Megan, "1", "1", "<at>Twitch Guide</at> hi"), (turn, _) =>
        {
            info = turn.TurnState.Get<TeamsConversationInfo>(TeamsTurnStateKeys.ConversationInfo);
            original = turn.TurnState.Get<string>(TeamsTurnStateKeys.OriginalText);
            return Task.CompletedTask;
        });

        Assert.Equal(TeamsConversationTypes.Channel, info?.ConversationType);
        Assert.Equal("<at>Twitch Guide</at> hi", original);
    }

    [Fact]
    public async Task LeavesOtherChannelsUntouched()
    {
        var adapter = NewAdapter();
        var webchat = TeamsActivities.Parse("""
            {"type":"message","id":"K3x|0000002","channelId":"webchat","serviceUrl":"https://localhost/",
             "from":{"id":"dl_user42","name":"Ann"},"recipient":{"id":"bot"},"conversation":{"id":"K3x"},
             "text":"<at>Twitch Guide</at> hi","entities":[{"type":"mention","mentioned":{"id":"bot"},"text":"<at>Twitch Guide</at>"}]}
            """);

        await adapter.ProcessAsync(webchat, EchoBot);

        Assert.Equal(["Ann, you said: <at>Twitch Guide</at> hi"], adapter.Sent.Select(r => r.Text));
    }
}
