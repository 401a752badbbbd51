using BotService.Teams.Tests.Support;

namespace BotService.Teams.Tests;

public class ConversationInfoTests
{
    [Fact]
    public void ReadsTheChannelTenantTeamAndThreadOfAChannelMessage()
    {
        var info = TeamsActivities.ChannelMessage(TeamsActivities.Megan, "1732090000001", "1732090000000", "<at>Twitch Guide</at> hi")
            .GetTeamsConversationInfo();

        Assert.Equal(TeamsConversationTypes.Channel, info.ConversationType);
        Assert.True(info.IsChannel);
        Assert.Equal(TeamsActivities.TenantId, info.TenantId);
        Assert.Equal(TeamsActivities.TeamId, info.TeamId);
        Assert.Equal(TeamsActivities.ChannelId, info.TeamsChannelId);
        Assert.Equal("1732090000000", info.ThreadRootId);
    }

    [Fact]
    public void ReadsAPersonalChat()
    {
        var info = TeamsActivities.PersonalMessage("hi").GetTeamsConversationInfo();

        Assert.True(info.IsPersonal);
        Assert.Equal(TeamsActivities.TenantId, info.TenantId);
        Assert.Null(info.TeamId);
        Assert.Null(info.ThreadRootId);
    }

    [Fact]
    public void ReadsAGroupChat()
    {
        Assert.True(TeamsActivities.GroupChatMessage("hi").GetTeamsConversationInfo().IsGroupChat);
    }

    [Theory]
    [InlineData("""{"isGroup":true,"id":"19:c@thread.tacv2"}""", """{"team":{"id":"19:t@thread.tacv2"}}""", "channel")]
    [InlineData("""{"isGroup":true,"id":"19:g@thread.v2"}""", """{"tenant":{"id":"x"}}""", "groupChat")]
    [InlineData("""{"id":"a:1"}""", "null", "personal")]
    public void InfersTheConversationTypeWhenItIsMissing(string conversation, string channelData, string expected)
    {
        var activity = TeamsActivities.Parse($$"""{"type":"message","channelId":"msteams","conversation":{{conversation}},"channelData":{{channelData}}}""");

        Assert.Equal(expected, activity.GetTeamsConversationType());
    }

    [Theory]
    [InlineData("19:abc@thread.tacv2;messageid=1481567603816", "1481567603816")]
    [InlineData("19:abc@thread.skype;messageid=42", "42")]
    [InlineData("19:abc@thread.tacv2", null)]
    [InlineData("a:personal", null)]
    public void FindsTheThreadRootInTheConversationId(string conversationId, string? root)
    {
        Assert.Equal(root, TeamsThreads.GetThreadRootId(conversationId));
    }

    [Fact]
    public void BuildsTheConversationIdOfAThread()
    {
        Assert.Equal("19:abc@thread.tacv2;messageid=7", TeamsThreads.ToThreadedConversationId("19:abc@thread.tacv2;messageid=3", "7"));
        Assert.Equal("19:abc@thread.tacv2", TeamsThreads.GetBaseConversationId("19:abc@thread.tacv2;messageid=3"));
    }
}
