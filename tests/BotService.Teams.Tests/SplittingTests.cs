using System.Text;
using BotService.Protocol;
using BotService.Protocol.Schema;
using BotService.Teams.Sending;
using BotService.Teams.Tests.Support;

namespace BotService.Teams.Tests;

/// <summary>Messages kept under the Teams 100 KB limit (counted as UTF-16), split at paragraph boundaries.</summary>
public class SplittingTests
{
    private static Activity Reply(string text)
    {
        var reply = MessageFactory.SuggestedActions(["Yes", "No"], text);
        reply.Entities = [Entity.From("triageOutcome", new { disposition = "selfcare" })];
        return new TurnContextProbe().Address(reply);
    }

    private static string Paragraphs(int count, int length) =>
        string.Join("\n\n", Enumerable.Range(0, count).Select(i => $"Paragraph {i}: " + new string((char)('a' + (i % 26)), length)));

    [Fact]
    public void LeavesAMessageUnderTheLimitAsItIs()
    {
        var reply = Reply("Eyelid twitching is common and usually harmless.");

        Assert.Same(reply, Assert.Single(TeamsMessageSplitter.Split(reply)));
    }

    [Fact]
    public void SplitsALongAnswerAtParagraphBoundariesIntoPartsUnderTheLimit()
    {
        var text = Paragraphs(60, 4000);
        var reply = Reply(text);
        Assert.True(TeamsMessageSplitter.MeasureBytes(reply) > 400_000);

        var parts = TeamsMessageSplitter.Split(reply);

        Assert.InRange(parts.Count, 5, 8);
        Assert.All(parts, p => Assert.True(TeamsMessageSplitter.MeasureBytes(p) <= TeamsMessageSplitter.DefaultMaxBytes));
        Assert.All(parts, p => Assert.StartsWith("Paragraph ", p.Text, StringComparison.Ordinal));
        Assert.Equal(text, string.Join("\n\n", parts.Select(p => p.Text)));
    }

    [Fact]
    public void EveryPartIsACompleteMessageAndTheButtonsComeLast()
    {
        var parts = TeamsMessageSplitter.Split(Reply(Paragraphs(40, 4000)));

        Assert.All(parts, p =>
        {
            Assert.Equal(ActivityTypes.Message, p.Type);
            Assert.Equal(TeamsActivities.ChannelId, p.Conversation!.Id);
            Assert.Equal(TeamsActivities.BotId, p.From!.Id);
        });
        Assert.All(parts.SkipLast(1), p => Assert.Null(p.SuggestedActions));
        Assert.All(parts.SkipLast(1), p => Assert.Null(p.Entities));
        Assert.Equal(2, parts[^1].SuggestedActions!.Actions.Count);
        Assert.Equal("triageOutcome", Assert.Single(parts[^1].Entities!).Type);
    }

    [Fact]
    public void SplitsOneHugeParagraphOfEscapedCharactersWithoutLosingAnything()
    {
        var text = new StringBuilder().Insert(0, "Muskelzuckungen \"é\" 😀 ", 9000).ToString().TrimEnd();
        var reply = Reply(text);

        var parts = TeamsMessageSplitter.Split(reply, 64 * 1024);

        Assert.True(parts.Count > 1);
        Assert.All(parts, p => Assert.True(TeamsMessageSplitter.MeasureBytes(p) <= 64 * 1024));
        Assert.Equal(text.Replace(" ", string.Empty, StringComparison.Ordinal), string.Concat(parts.Select(p => p.Text)).Replace(" ", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheMiddlewareSendsTheParts()
    {
        var adapter = new TeamsTestAdapter();
        adapter.Use(new TeamsSendLimitsMiddleware(new TeamsSendPacer(TimeProvider.System), maxMessageBytes: 32 * 1024));

        await adapter.ProcessAsync(TeamsActivities.PersonalMessage("tell me everything"), (turn, ct) =>
            turn.SendActivityAsync(MessageFactory.Text(Paragraphs(12, 3000)), ct));

        Assert.True(adapter.Sent.Count > 1);
        Assert.All(adapter.Sent, s => Assert.True(TeamsMessageSplitter.MeasureBytes(s) <= 32 * 1024));
    }

    /// <summary>Addresses an outgoing activity the way TurnContext does for a reply in a Teams channel.</summary>
    private sealed class TurnContextProbe
    {
        private readonly Activity _inbound = TeamsActivities.ChannelMessage(TeamsActivities.Megan, "1", "1", "hi");

        public Activity Address(Activity reply)
        {
            _inbound.Conversation!.Id = TeamsActivities.ChannelId;
            return reply.ApplyConversationReference(_inbound.GetConversationReference());
        }
    }
}
