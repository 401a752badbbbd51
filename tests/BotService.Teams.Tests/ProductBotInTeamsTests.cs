using System.Net;
using System.Text.Json;
using BotService.Dialogs;
using BotService.Protocol.Schema;
using BotService.Teams.Tests.Support;

namespace BotService.Teams.Tests;

/// <summary>
/// The product's own bot (TwitchBot, as the host registers it) behind the real host, with Teams traffic: the welcome
/// follows the Teams rule (protocol.md §6.2) and the invokes the Teams handler answers come back in the HTTP response.
/// </summary>
public class ProductBotInTeamsTests
{
    private static readonly Dictionary<string, string?> MemoryStorage = new() { ["Storage:Provider"] = "Memory" };

    [Fact]
    public async Task ATeamHearsOneIntroductionWhenTheBotIsAddedAndNothingWhenPeopleJoin()
    {
        await using var harness = await TeamsHostHarness.StartAsync<TwitchBot>(MemoryStorage);
        var join = harness.AtChannel(TeamsActivities.TeamMembersAdded(TeamsActivities.Alex.Id));
        var install = harness.AtChannel(TeamsActivities.TeamInstall());

        using (var joined = await harness.PostAsync(join))
        {
            Assert.Equal(HttpStatusCode.OK, joined.StatusCode);
        }

        using var installed = await harness.PostAsync(install);

        Assert.Equal(HttpStatusCode.OK, installed.StatusCode);
        var introduction = Assert.Single(await harness.Channel.WaitForMessagesAsync(1));
        Assert.Equal(install.Id, introduction.Activity.ReplyToId);
        Assert.Equal(TeamsActivities.ChannelId, introduction.ConversationId);
        Assert.Single(harness.Channel.Received, r => r.Activity.Type == ActivityTypes.Message);
    }

    [Fact]
    public async Task AnActionExecuteIsAnsweredInTheHttpResponseRatherThan501()
    {
        await using var harness = await TeamsHostHarness.StartAsync<TwitchBot>(MemoryStorage);
        var invoke = harness.AtChannel(TeamsActivities.Invoke("adaptiveCard/action", """{"action":{"type":"Action.Execute","verb":"ok","data":{}}}"""));

        using var response = await harness.PostAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
    }
}
