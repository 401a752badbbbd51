using BotService.DialogEngine;
using BotService.DialogEngine.Choices;
using BotService.DialogEngine.Prompts;
using BotService.DialogEngine.Waterfall;
using BotService.Protocol;
using BotService.Protocol.State;
using BotService.Recognizers;
using BotService.Storage.Memory;
using BotService.Teams.Cards;
using BotService.Teams.Sending;
using BotService.Teams.Tests.Support;

namespace BotService.Teams.Tests;

/// <summary>The engine's ChoicePrompt, asked with suggested actions, answered by pressing the Teams card.</summary>
public class ChoicePromptInTeamsTests
{
    private static readonly string[] Places = ["Eyelid", "Face", "Arm", "Hand", "Leg", "Foot", "Back"];

    private static (TeamsTestAdapter Adapter, BotCallbackHandler Bot) Build(string[] choices)
    {
        var state = new PrivateConversationState(new MemoryStorage());
        var adapter = new TeamsTestAdapter();
        adapter.Use(new TeamsMentionMiddleware())
            .Use(new TeamsCardSubmitMiddleware())
            .Use(new TeamsSuggestedActionsToCardMiddleware())
            .Use(new TeamsSendLimitsMiddleware(new TeamsSendPacer(TimeProvider.System)))
            .Use(new AutoSaveStateMiddleware(state));
        var dialogs = new DialogSet(state.CreateProperty<DialogState>("DialogState"))
            .Add(new ChoicePrompt("choice"))
            .Add(new WaterfallDialog("where",
            [
                (step, ct) => step.PromptAsync("choice", new PromptOptions
                {
                    Prompt = MessageFactory.Text("Where is the twitching?"),
                    Choices = ChoiceFactory.ToChoices(choices),
                    Style = ListStyle.SuggestedAction,
                }, ct),
                async (step, ct) =>
                {
                    await step.Context.SendActivityAsync($"You chose {((FoundChoice)step.Result!).Value}.", cancellationToken: ct);
                    return await step.EndDialogAsync(cancellationToken: ct);
                },
            ]));
        return (adapter, async (turn, ct) =>
        {
            var dc = await dialogs.CreateContextAsync(turn, ct);
            if ((await dc.ContinueDialogAsync(ct)).Status == DialogTurnStatus.Empty)
            {
                await dc.BeginDialogAsync("where", cancellationToken: ct);
            }
        });
    }

    [Fact]
    public async Task AChoiceFromALongListIsRecognisedFromTheCardSubmission()
    {
        var (adapter, bot) = Build(Places);
        await adapter.ProcessAsync(TeamsActivities.ChannelMessage(TeamsActivities.Megan, "10", "10", "<at>Twitch Guide</at> my back twitches"), bot);
        var card = TeamsCardClient.CardOf(adapter.Sent.Last());

        var press = TeamsCardClient.Press(TeamsActivities.ChannelMessage(TeamsActivities.Megan, "11", "10", "", mention: false), card,
            AdaptiveChoiceCard.DefaultSubmitTitle, new Dictionary<string, string> { [CardSubmitKeys.ChoiceSetId] = "6" });
        await adapter.ProcessAsync(press, bot);

        Assert.Equal("You chose Back.", adapter.Sent.Last().Text);
    }

    [Fact]
    public async Task AButtonPressInAGroupChatIsRecognisedAsTheChoice()
    {
        var (adapter, bot) = Build(["Eyelid", "Leg", "Somewhere else"]);
        await adapter.ProcessAsync(TeamsActivities.GroupChatMessage("<at>Twitch Guide</at> twitching"), bot);
        var card = TeamsCardClient.CardOf(adapter.Sent.Last());

        await adapter.ProcessAsync(TeamsCardClient.Press(TeamsActivities.GroupChatMessage("", mention: false), card, "Somewhere else"), bot);

        Assert.Equal("You chose Somewhere else.", adapter.Sent.Last().Text);
    }
}
