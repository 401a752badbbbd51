using System.Net;
using BotService.DialogEngine;
using BotService.DialogEngine.Prompts;
using BotService.DialogEngine.Waterfall;
using BotService.Protocol;
using BotService.Protocol.State;
using BotService.Storage;
using BotService.Storage.Memory;
using BotService.Teams.Invokes;
using BotService.Teams.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BotService.Teams.Tests;

/// <summary>
/// Two people run their own question-and-answer flow in one channel thread, interleaved, through the real host:
/// the dialog stack lives in PrivateConversationState (channel/conversation/user), so their answers never mix.
/// </summary>
public class PrivateTriageTests
{
    private const string RootId = "1732095000000";

    [Fact]
    public async Task TwoPeopleInOneThreadEachFinishTheirOwnQuestionsWithTheirOwnAnswers()
    {
        await using var harness = await TeamsHostHarness.StartAsync<QuestionsBot>(configureServices: services =>
        {
            services.AddSingleton<IStorage>(new MemoryStorage());
            services.AddSingleton(sp => new PrivateConversationState(sp.GetRequiredService<IStorage>()));
            services.AddSingleton<IMiddleware>(new ConversationLockMiddleware());
            services.AddSingleton<IMiddleware>(sp => new AutoSaveStateMiddleware(sp.GetRequiredService<PrivateConversationState>()));
        });
        var script = new[]
        {
            (TeamsActivities.Megan, "check my twitching"),
            (TeamsActivities.Alex, "check my twitching"),
            (TeamsActivities.Megan, "eyelid"),
            (TeamsActivities.Alex, "calf"),
            (TeamsActivities.Alex, "three days"),
            (TeamsActivities.Megan, "two weeks"),
        };

        var id = 0;
        foreach (var (person, text) in script)
        {
            var activity = TeamsActivities.ChannelMessage(person, $"{RootId[..^2]}{++id:00}", RootId, $"<at>Twitch Guide</at> {text}");
            using var response = await harness.PostAsync(harness.AtChannel(activity));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var replies = (await harness.Channel.WaitForMessagesAsync(script.Length)).Select(r => (r.Activity.Recipient!.Id, r.Activity.Text)).ToList();
        Assert.Equal(
            [
                (TeamsActivities.Megan.Id, "Where is the twitching?"),
                (TeamsActivities.Alex.Id, "Where is the twitching?"),
                (TeamsActivities.Megan.Id, "How long has it gone on?"),
                (TeamsActivities.Alex.Id, "How long has it gone on?"),
                (TeamsActivities.Alex.Id, "Alex Wilber: calf, for three days."),
                (TeamsActivities.Megan.Id, "Megan Bowen: eyelid, for two weeks."),
            ],
            replies);
    }

    /// <summary>Two questions in a waterfall, its stack kept per person in the thread.</summary>
    public sealed class QuestionsBot(PrivateConversationState state) : TeamsActivityHandler
    {
        private const string Where = "where";

        private readonly DialogSet _dialogs = new DialogSet(state.CreateProperty<DialogState>("DialogState"))
            .Add(new TextPrompt("text"))
            .Add(new WaterfallDialog("questions", [AskWhereAsync, AskHowLongAsync, SummariseAsync]));

        protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            var dc = await _dialogs.CreateContextAsync(turnContext, cancellationToken);
            var result = await dc.ContinueDialogAsync(cancellationToken);
            if (result.Status == DialogTurnStatus.Empty)
            {
                await dc.BeginDialogAsync("questions", cancellationToken: cancellationToken);
            }
        }

        private static Task<DialogTurnResult> AskWhereAsync(WaterfallStepContext step, CancellationToken ct) =>
            step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("Where is the twitching?") }, ct);

        private static Task<DialogTurnResult> AskHowLongAsync(WaterfallStepContext step, CancellationToken ct)
        {
            step.Values[Where] = step.Result;
            return step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("How long has it gone on?") }, ct);
        }

        private static async Task<DialogTurnResult> SummariseAsync(WaterfallStepContext step, CancellationToken ct)
        {
            await step.Context.SendActivityAsync($"{step.Context.Activity.From!.Name}: {step.Values[Where]}, for {step.Result}.", cancellationToken: ct);
            return await step.EndDialogAsync(cancellationToken: ct);
        }
    }
}
