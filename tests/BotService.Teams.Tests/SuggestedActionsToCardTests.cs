using System.Text.Json.Nodes;
using BotService.Protocol;
using BotService.Protocol.Schema;
using BotService.Teams.Cards;
using BotService.Teams.Tests.Support;

namespace BotService.Teams.Tests;

public class SuggestedActionsToCardTests
{
    private static readonly string[] Places = ["Eyelid", "Face", "Arm or hand", "Leg or foot", "Back", "Several places", "Somewhere else"];

    private static async Task<Activity> SendQuestionAsync(Activity inbound, Activity question)
    {
        var adapter = new TeamsTestAdapter();
        adapter.Use(new TeamsMentionMiddleware()).Use(new TeamsSuggestedActionsToCardMiddleware());
        await adapter.ProcessAsync(inbound, (turn, ct) => turn.SendActivityAsync(question, ct));
        return Assert.Single(adapter.Sent);
    }

    [Fact]
    public async Task KeepsUpToThreeSuggestedActionsInAPersonalChat()
    {
        var sent = await SendQuestionAsync(TeamsActivities.PersonalMessage("hi"), MessageFactory.SuggestedActions(["Yes", "No", "Not sure"], "Is it painful?"));

        Assert.Equal(3, sent.SuggestedActions!.Actions.Count);
        Assert.Null(sent.Attachments);
    }

    [Fact]
    public async Task TurnsMoreThanThreeActionsIntoACardInAPersonalChat()
    {
        var sent = await SendQuestionAsync(TeamsActivities.PersonalMessage("hi"), MessageFactory.SuggestedActions(Places[..5], "Where is the twitching?"));

        Assert.Null(sent.SuggestedActions);
        var card = TeamsCardClient.CardOf(sent);
        Assert.Equal("1.5", (string?)card["version"]);
        Assert.Equal(Places[..5], card["actions"]!.AsArray().Select(a => (string?)a!["title"]));
        Assert.All(card["actions"]!.AsArray(), a => Assert.Equal("Action.Submit", (string?)a!["type"]));
        Assert.Equal("Where is the twitching?", sent.Text);
    }

    [Fact]
    public async Task TurnsEvenOneActionIntoACardInAChannel()
    {
        var inbound = TeamsActivities.ChannelMessage(TeamsActivities.Megan, "1", "1", "<at>Twitch Guide</at> hi");

        var sent = await SendQuestionAsync(inbound, MessageFactory.SuggestedActions(["Yes", "No"], "Is it painful?"));

        Assert.Null(sent.SuggestedActions);
        Assert.Equal(["Yes", "No"], TeamsCardClient.CardOf(sent)["actions"]!.AsArray().Select(a => (string?)a!["title"]));
    }

    [Fact]
    public async Task UsesAChoiceSetWhenThereAreMoreChoicesThanACardShowsAsButtons()
    {
        var sent = await SendQuestionAsync(TeamsActivities.GroupChatMessage("<at>Twitch Guide</at> hi"), MessageFactory.SuggestedActions(Places, "Where?"));

        var card = TeamsCardClient.CardOf(sent);
        var choiceSet = card["body"]!.AsArray().Single()!;
        Assert.Equal("Input.ChoiceSet", (string?)choiceSet["type"]);
        Assert.False((bool)choiceSet["isMultiSelect"]!);
        Assert.Equal(Places, choiceSet["choices"]!.AsArray().Select(c => (string?)c!["title"]));
    }

    [Fact]
    public async Task TurnsAMultiSelectQuestionIntoACheckboxChoiceSetEvenInAPersonalChat()
    {
        var question = MessageFactory.SuggestedActions(["Weakness", "Numbness", "None of these"], "Anything else happening?").MarkMultiSelect("Done");

        var sent = await SendQuestionAsync(TeamsActivities.PersonalMessage("hi"), question);

        var card = TeamsCardClient.CardOf(sent);
        var choiceSet = card["body"]!.AsArray().Single()!;
        Assert.True((bool)choiceSet["isMultiSelect"]!);
        Assert.Equal("Done", (string?)card["actions"]![0]!["title"]);
        Assert.Null(sent.Entities);
        Assert.NotNull(question.Entities);
    }

    [Fact]
    public async Task AddsTheCardBesideExistingAttachmentsBecauseTeamsHidesSuggestedActionsThere()
    {
        var question = MessageFactory.SuggestedActions(["Yes", "No"], "Was this helpful?");
        question.Attachments = [new Attachment { ContentType = AttachmentContentTypes.HeroCard, Content = new JsonObject { ["title"] = "Sources" } }];

        var sent = await SendQuestionAsync(TeamsActivities.PersonalMessage("hi"), question);

        Assert.Equal([AttachmentContentTypes.HeroCard, AttachmentContentTypes.AdaptiveCard], sent.Attachments!.Select(a => a.ContentType));
        Assert.Single(question.Attachments);
    }

    [Fact]
    public async Task KeepsOpenUrlActionsAsLinks()
    {
        var question = MessageFactory.SuggestedActions([CardAction.ImBack("Yes"), new CardAction(ActionTypes.OpenUrl, "NHS advice", "https://www.nhs.uk/")], "More?");

        var sent = await SendQuestionAsync(TeamsActivities.GroupChatMessage("<at>Twitch Guide</at> hi"), question);

        var link = TeamsCardClient.CardOf(sent)["actions"]!.AsArray().Last()!;
        Assert.Equal("Action.OpenUrl", (string?)link["type"]);
        Assert.Equal("https://www.nhs.uk/", (string?)link["url"]);
    }

    [Fact]
    public async Task LeavesSuggestedActionsAloneOnOtherChannels()
    {
        var adapter = new TeamsTestAdapter();
        adapter.Use(new TeamsSuggestedActionsToCardMiddleware());
        var webchat = TeamsActivities.Parse("""{"type":"message","id":"1","channelId":"webchat","conversation":{"id":"c"},"from":{"id":"u"},"recipient":{"id":"b"},"text":"hi"}""");

        await adapter.ProcessAsync(webchat, (turn, ct) => turn.SendActivityAsync(MessageFactory.SuggestedActions(Places, "Where?").MarkMultiSelect(), ct));

        var sent = Assert.Single(adapter.Sent);
        Assert.Equal(7, sent.SuggestedActions!.Actions.Count);
        Assert.Null(sent.Attachments);
    }
}
