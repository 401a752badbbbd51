using BotService.Protocol.Schema;
using BotService.Teams.Tests.Support;

namespace BotService.Teams.Tests;

public class MentionTests
{
    [Fact]
    public void RemovesTheBotMentionAndTheSurroundingWhitespace()
    {
        var activity = TeamsActivities.ChannelMessage(TeamsActivities.Megan, "100", "100", "<at>Twitch Guide</at>   my eyelid keeps twitching \n");

        Assert.Equal("my eyelid keeps twitching", TeamsMentions.RemoveRecipientMention(activity));
    }

    [Fact]
    public void RemovesAMentionInTheMiddleOfTheText()
    {
        var activity = TeamsActivities.GroupChatMessage("Hey <at>Twitch Guide</at> what causes cramps?");

        Assert.Equal("Hey what causes cramps?", TeamsMentions.RemoveRecipientMention(activity));
    }

    [Fact]
    public void MatchesTheMentionTextCaseInsensitively()
    {
        var activity = TeamsActivities.GroupChatMessage("<AT>twitch guide</AT> help");

        Assert.Equal("help", TeamsMentions.RemoveRecipientMention(activity));
    }

    [Fact]
    public void RemovesAnHtmlEscapedMention()
    {
        var activity = TeamsActivities.GroupChatMessage("&lt;at&gt;Twitch Guide&lt;/at&gt; start over");

        Assert.Equal("start over", TeamsMentions.RemoveRecipientMention(activity));
    }

    [Fact]
    public void RemovesAMentionWhoseNameTeamsEscapedInsideTheTag()
    {
        var activity = TeamsActivities.Parse("""
            {"type":"message","channelId":"msteams","text":"<at>R&amp;D Helper</at> my calf cramps at night",
             "recipient":{"id":"28:bot"},"conversation":{"id":"19:x@thread.v2","conversationType":"groupChat"},
             "entities":[{"type":"mention","mentioned":{"id":"28:bot","name":"R&D Helper"},"text":"<at>R&D Helper</at>"}]}
            """);

        Assert.Equal("my calf cramps at night", TeamsMentions.RemoveRecipientMention(activity));
    }

    [Fact]
    public void UsesTheMentionedNameWhenTheEntityHasNoText()
    {
        var activity = TeamsActivities.Parse("""
            {"type":"message","channelId":"msteams","text":"<at>Twitch Guide</at> hello",
             "recipient":{"id":"28:bot"},"entities":[{"type":"Mention","mentioned":{"id":"28:bot","name":"Twitch Guide"}}]}
            """);

        Assert.Equal("hello", TeamsMentions.RemoveRecipientMention(activity));
    }

    [Fact]
    public void KeepsAWordThatAMentionEntityNamesWithoutATag()
    {
        // A mention is a tag in Teams. Removing a bare word wherever it stands could remove a symptom: "chest" here.
        var activity = TeamsActivities.Parse("""
            {"type":"message","channelId":"msteams","text":"crushing chest pain and my arm is twitching",
             "recipient":{"id":"28:bot"},"entities":[{"type":"mention","mentioned":{"id":"28:bot","name":"Twitch Guide"},"text":"chest"}]}
            """);

        Assert.Equal("crushing chest pain and my arm is twitching", TeamsMentions.RemoveRecipientMention(activity));
    }

    [Fact]
    public void KeepsMentionsOfOtherPeople()
    {
        var activity = TeamsActivities.Parse("""
            {"type":"message","channelId":"msteams","text":"<at>Twitch Guide</at> ask <at>Alex Wilber</at> too",
             "recipient":{"id":"28:bot"},
             "entities":[{"type":"mention","mentioned":{"id":"28:bot","name":"Twitch Guide"},"text":"<at>Twitch Guide</at>"},
                         {"type":"mention","mentioned":{"id":"29:alex","name":"Alex Wilber"},"text":"<at>Alex Wilber</at>"}]}
            """);

        Assert.Equal("ask <at>Alex Wilber</at> too", TeamsMentions.RemoveRecipientMention(activity));
        Assert.True(activity.MentionsRecipient());
    }

    [Fact]
    public void LeavesTextWithoutAMentionOfTheBotAsItWasApartFromTrimming()
    {
        var activity = TeamsActivities.PersonalMessage("  twitching for 3 weeks ");

        Assert.Equal("twitching for 3 weeks", TeamsMentions.RemoveRecipientMention(activity));
        Assert.False(activity.MentionsRecipient());
    }
}
