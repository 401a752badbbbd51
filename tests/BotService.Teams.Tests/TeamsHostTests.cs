using System.Net;
using System.Text.Json;
using BotService.Protocol;
using BotService.Protocol.Schema;
using BotService.Teams.Cards;
using BotService.Teams.Invokes;
using BotService.Teams.Tests.Support;

namespace BotService.Teams.Tests;

/// <summary>
/// Teams traffic through the real host over loopback: authenticated with locally signed channel tokens, replies
/// through the Connector to a fake channel with a token from the loopback Azure AD.
/// </summary>
public class TeamsHostTests
{
    private const string RootId = "1732090000000";

    [Fact]
    public async Task AnswersAnAuthenticatedChannelMentionInTheSameThreadWithABotToken()
    {
        await using var harness = await TeamsHostHarness.StartAsync<TeamsEchoBot>();
        var inbound = harness.AtChannel(TeamsActivities.ChannelMessage(TeamsActivities.Megan, RootId, RootId, "<at>Twitch Guide</at> my eyelid twitches"));

        using var response = await harness.PostAsync(inbound);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = await harness.Channel.WaitForMessagesAsync(2);
        Assert.All(replies, r =>
        {
            Assert.Equal($"{TeamsActivities.ChannelId};messageid={RootId}", r.ConversationId);
            Assert.Equal(RootId, r.ActivityIdInPath);
            Assert.StartsWith("Bearer ", r.Authorization, StringComparison.Ordinal);
            Assert.Equal(TeamsActivities.Megan.Id, r.Activity.Recipient!.Id);
        });
        Assert.Equal("You said: my eyelid twitches", replies[0].Activity.Text);
        Assert.Null(replies[1].Activity.SuggestedActions);
        var card = replies[1].Activity.Attachments!.Single();
        Assert.Equal(AttachmentContentTypes.AdaptiveCard, card.ContentType);
        Assert.Equal("1.5", ((JsonElement)card.Content!).GetProperty("version").GetString());
        Assert.DoesNotContain(replies[1].Activity.Entities ?? [], e => e.Type == ChoiceQuestion.EntityType);
    }

    [Fact]
    public async Task RejectsATeamsActivityWithoutAValidToken()
    {
        await using var harness = await TeamsHostHarness.StartAsync<TeamsEchoBot>();
        var inbound = harness.AtChannel(TeamsActivities.PersonalMessage("hi"));

        using var missing = await harness.PostAsync(inbound, token: null);
        using var otherApp = await harness.PostAsync(inbound, harness.Identity.IssueChannelToken(Guid.NewGuid().ToString(), inbound.ServiceUrl!));

        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, otherApp.StatusCode);
        Assert.Empty(harness.Channel.Received);
    }

    [Fact]
    public async Task TwoPeopleInterleavingInOneThreadEachGetTheirOwnReplies()
    {
        await using var harness = await TeamsHostHarness.StartAsync<TeamsEchoBot>();
        var turns = new[]
        {
            (TeamsActivities.Megan, "1732090000101", "eyelid"),
            (TeamsActivities.Alex, "1732090000102", "calf"),
            (TeamsActivities.Megan, "1732090000103", "two weeks"),
            (TeamsActivities.Alex, "1732090000104", "at night"),
        };

        foreach (var (person, id, text) in turns)
        {
            using var response = await harness.PostAsync(harness.AtChannel(TeamsActivities.ChannelMessage(person, id, RootId, $"<at>Twitch Guide</at> {text}")));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var echoes = (await harness.Channel.WaitForMessagesAsync(8)).Where(r => r.Activity.Attachments is null).ToList();
        Assert.Equal(turns.Select(t => $"You said: {t.Item3}"), echoes.Select(e => e.Activity.Text));
        Assert.Equal(turns.Select(t => t.Item1.Id), echoes.Select(e => e.Activity.Recipient!.Id));
        Assert.Equal(turns.Select(t => t.Item2), echoes.Select(e => e.ActivityIdInPath));
        Assert.All(echoes, e => Assert.Equal(RootId, TeamsThreads.GetThreadRootId(e.ConversationId)));
    }

    [Fact]
    public async Task ABurstOfRepliesArrivesInOrderAndA429WithRetryAfterIsRetried()
    {
        // No typing indicator, so that the channel counts only the replies and the retry: one cut off in flight when the
        // paced turn ends can be counted by the channel but never recorded, or recorded only after the counts are compared.
        await using var harness = await TeamsHostHarness.StartAsync<TeamsEchoBot>(new Dictionary<string, string?> { ["Bot:TypingDelayMilliseconds"] = "60000" });
        harness.Channel.FailNext(HttpStatusCode.TooManyRequests, retryAfter: "1");

        using var response = await harness.PostAsync(harness.AtChannel(TeamsActivities.PersonalMessage("burst")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = await harness.Channel.WaitForMessagesAsync(TeamsEchoBot.BurstSize, TimeSpan.FromSeconds(60));
        Assert.Equal(Enumerable.Range(1, TeamsEchoBot.BurstSize).Select(i => $"part {i}"), replies.Select(r => r.Activity.Text));
        // Exactly one call failed (the 429) and was not recorded.
        Assert.Equal(harness.Channel.Received.Count + 1, harness.Channel.RequestCount);
    }

    [Fact]
    public async Task AnswersAnActionExecuteInvokeInTheHttpResponse()
    {
        await using var harness = await TeamsHostHarness.StartAsync<TeamsEchoBot>();
        var invoke = harness.AtChannel(TeamsActivities.Invoke("adaptiveCard/action", """{"action":{"type":"Action.Execute","verb":"ok","data":{}}}"""));

        using var response = await harness.PostAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("application/vnd.microsoft.activity.message", body.GetProperty("type").GetString());
    }

    [Fact]
    public async Task AnswersAnUnknownInvokeWith501()
    {
        await using var harness = await TeamsHostHarness.StartAsync<TeamsEchoBot>();

        using var response = await harness.PostAsync(harness.AtChannel(TeamsActivities.Invoke("task/fetch", "{}")));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task SplitsAnAnswerOverTheTeamsSizeLimit()
    {
        await using var harness = await TeamsHostHarness.StartAsync<TeamsEchoBot>(new Dictionary<string, string?> { ["Teams:MaxMessageBytes"] = "16384" });

        using var response = await harness.PostAsync(harness.AtChannel(TeamsActivities.PersonalMessage("long")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var parts = await harness.Channel.WaitForMessagesAsync(3);
        Assert.Equal(TeamsEchoBot.LongAnswer, string.Join("\n\n", parts.Select(p => p.Activity.Text)));
    }

    /// <summary>Echoes, then asks a multi-select question; "burst" sends many messages, "long" a long answer.</summary>
    public sealed class TeamsEchoBot : TeamsActivityHandler
    {
        public const int BurstSize = 9;

        public static readonly string LongAnswer = string.Join("\n\n", Enumerable.Range(1, 12).Select(i => $"Section {i}. " + new string('x', 2500)));

        protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            switch (turnContext.Activity.Text)
            {
                case "burst":
                    await turnContext.SendActivitiesAsync(Enumerable.Range(1, BurstSize).Select(i => MessageFactory.Text($"part {i}")).ToList(), cancellationToken);
                    return;
                case "long":
                    await turnContext.SendActivityAsync(MessageFactory.Text(LongAnswer), cancellationToken);
                    return;
                default:
                    await turnContext.SendActivityAsync(MessageFactory.Text($"You said: {turnContext.Activity.Text}"), cancellationToken);
                    await turnContext.SendActivityAsync(
                        MessageFactory.SuggestedActions(["Weakness", "Numbness", "None of these"], "Anything else happening?").MarkMultiSelect(), cancellationToken);
                    return;
            }
        }
    }
}
