using System.Net;
using BotService.Host.Tests.Support;
using BotService.Protocol;
using BotService.Protocol.Hosting;
using BotService.Protocol.Schema;
using BotService.Protocol.State;
using BotService.Storage.Memory;
using BotService.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BotService.Host.Tests;

/// <summary>OnTurnError: log without message text, apologise, clear the conversation state, trace to the Emulator.</summary>
public sealed class TurnErrorTests
{
    [Fact]
    public async Task ApologisesClearsStateAndLogsWithoutTheUsersText()
    {
        const string privateText = "my left eyelid has twitched for three weeks";
        var logs = new CapturingLoggerProvider();
        var cleaner = new RecordingCleaner();
        await using var harness = await HostHarness.StartAsync(configureServices: s =>
        {
            s.AddTransient<IBot, FailingBot>();
            s.AddSingleton<IConversationStateCleaner>(cleaner);
            s.AddSingleton<ILoggerProvider>(logs);
        });

        using var response = await harness.PostAsync(harness.EmulatorActivity(ActivityTypes.Message, privateText));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var apology = (await harness.Channel.WaitForMessagesAsync(1))[0].Activity;
        Assert.Equal(BotTurnErrorHandler.Apology("911"), apology.Text);
        Assert.Equal(["0f3c5a20-8a2b-11ee-b9d1-0242ac120002|livechat"], cleaner.Conversations);
        await harness.Channel.WaitForAsync(1, r => r.Activity.Type == ActivityTypes.Trace);
        Assert.Contains(logs.Lines, l => l.Contains("TurnFailed", StringComparison.Ordinal) && l.Contains("InvalidOperationException", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, l => l.Contains(privateText, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheApologyNamesTheEmergencyNumberOfThePersonsRegion()
    {
        await using var harness = await HostHarness.StartAsync(configureServices: s => s.AddTransient<IBot, FailingBot>());
        var activity = harness.EmulatorActivity(ActivityTypes.Message, "boom");
        activity.Locale = "en-GB";

        using var response = await harness.PostAsync(activity);

        var apology = (await harness.Channel.WaitForMessagesAsync(1))[0].Activity;
        Assert.EndsWith("contact a doctor, or call 999 in an emergency.", apology.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeletesTheStoredConversationStateAfterAFailedTurn()
    {
        const string key = "emulator/conversations/0f3c5a20-8a2b-11ee-b9d1-0242ac120002|livechat";
        var storage = new MemoryStorage();
        await storage.WriteAsync(new Dictionary<string, object> { [key] = new Dictionary<string, object> { ["DialogState"] = "corrupt" } });
        Assert.Single(await storage.ReadAsync([key]));
        await using var harness = await HostHarness.StartAsync(configureServices: s =>
        {
            s.AddTransient<IBot, FailingBot>();
            s.AddSingleton(new ConversationState(storage));
        });

        using var response = await harness.PostAsync(harness.EmulatorActivity(ActivityTypes.Message, "boom"));
        await harness.Channel.WaitForMessagesAsync(1);

        Assert.Empty(await storage.ReadAsync([key]));
    }

    private sealed class RecordingCleaner : IConversationStateCleaner
    {
        public List<string?> Conversations { get; } = [];

        public Task ClearAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            Conversations.Add(turnContext.Activity.Conversation?.Id);
            return Task.CompletedTask;
        }
    }
}
