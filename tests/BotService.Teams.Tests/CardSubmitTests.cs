using BotService.Protocol;
using BotService.Protocol.Schema;
using BotService.Teams.Cards;
using BotService.Teams.Tests.Support;

namespace BotService.Teams.Tests;

/// <summary>A question goes out as a card, a person presses it in Teams, and the prompt sees plain text.</summary>
public class CardSubmitTests
{
    private static TeamsTestAdapter NewAdapter()
    {
        var adapter = new TeamsTestAdapter();
        adapter.Use(new TeamsMentionMiddleware()).Use(new TeamsCardSubmitMiddleware()).Use(new TeamsSuggestedActionsToCardMiddleware());
        return adapter;
    }

    private static async Task<string?> AnswerSeenByTheBotAsync(TeamsTestAdapter adapter, Activity press)
    {
        string? text = null;
        await adapter.ProcessAsync(press, (turn, _) =>
        {
            text = turn.Activity.Text;
            return Task.CompletedTask;
        });
        return text;
    }

    private static async Task<Activity> AskAsync(TeamsTestAdapter adapter, Activity inbound, Activity question)
    {
        await adapter.ProcessAsync(inbound, (turn, ct) => turn.SendActivityAsync(question, ct));
        return adapter.Sent.Last();
    }

    [Fact]
    public async Task AButtonPressInAChannelArrivesAsTheChoiceText()
    {
        var adapter = NewAdapter();
        var inbound = TeamsActivities.ChannelMessage(TeamsActivities.Megan, "1", "1", "<at>Twitch Guide</at> my leg twitches");
        var asked = await AskAsync(adapter, inbound, MessageFactory.SuggestedActions(["Under a week", "1-2 weeks", "Longer"], "How long has it gone on?"));

        var press = TeamsCardClient.Press(TeamsActivities.ChannelMessage(TeamsActivities.Megan, "2", "1", "", mention: false), TeamsCardClient.CardOf(asked), "1-2 weeks");

        Assert.Equal("1-2 weeks", await AnswerSeenByTheBotAsync(adapter, press));
    }

    [Fact]
    public async Task AMultiSelectSubmissionArrivesAsTheChosenValuesSeparatedByCommas()
    {
        var adapter = NewAdapter();
        var choices = new[] { CardAction.ImBack("Weakness", "weakness"), CardAction.ImBack("Numbness, tingling", "numbness, tingling"), CardAction.ImBack("Pain", "pain") };
        var asked = await AskAsync(adapter, TeamsActivities.PersonalMessage("hi"), MessageFactory.SuggestedActions(choices, "Anything else?").MarkMultiSelect());
        var card = TeamsCardClient.CardOf(asked);

        var press = TeamsCardClient.Press(TeamsActivities.PersonalMessage(null), card, AdaptiveChoiceCard.DefaultSubmitTitle,
            new Dictionary<string, string> { [CardSubmitKeys.ChoiceSetId] = "0,1" });

        Assert.Equal("weakness, numbness, tingling", await AnswerSeenByTheBotAsync(adapter, press));
    }

    [Fact]
    public async Task ASingleChoiceFromALongListArrivesAsThatChoice()
    {
        var adapter = NewAdapter();
        var places = new[] { "Eyelid", "Face", "Arm", "Hand", "Leg", "Foot", "Back" };
        var asked = await AskAsync(adapter, TeamsActivities.PersonalMessage("hi"), MessageFactory.SuggestedActions(places, "Where?"));

        var press = TeamsCardClient.Press(TeamsActivities.PersonalMessage(""), TeamsCardClient.CardOf(asked), AdaptiveChoiceCard.DefaultSubmitTitle,
            new Dictionary<string, string> { [CardSubmitKeys.ChoiceSetId] = "6" });

        Assert.Equal("Back", await AnswerSeenByTheBotAsync(adapter, press));
    }

    [Fact]
    public async Task AMessageBackValueSentAsAJsonStringIsUnderstood()
    {
        var press = TeamsActivities.PersonalMessage("", "\"{\\\"botserviceAnswer\\\":\\\"yes\\\"}\"");

        Assert.Equal("yes", await AnswerSeenByTheBotAsync(NewAdapter(), press));
    }

    [Fact]
    public async Task LeavesTextThatTeamsAlreadySetAlone()
    {
        var press = TeamsActivities.PersonalMessage("no", """{"botserviceAnswer":"yes"}""");

        Assert.Equal("no", await AnswerSeenByTheBotAsync(NewAdapter(), press));
    }

    [Fact]
    public async Task LeavesOtherCardDataAlone()
    {
        var press = TeamsActivities.PersonalMessage("", """{"feedback":"great","rating":5}""");

        Assert.Equal(string.Empty, await AnswerSeenByTheBotAsync(NewAdapter(), press));
    }

    [Fact]
    public void IgnoresSelectionIndexesThatAreNotOptions()
    {
        Assert.True(TeamsCardSubmitMiddleware.TryGetAnswer(
            TeamsActivities.Parse("""{"value":{"botserviceAnswerFrom":"c","botserviceOptions":["a","b"],"c":"1,7,x,1"}}""").Value, out var answer));
        Assert.Equal("b", answer);
    }
}
