using System.Text.Json;
using BotService.Protocol;
using BotService.Protocol.Schema;
using BotService.Teams.Invokes;
using BotService.Teams.Tests.Support;

namespace BotService.Teams.Tests;

public class InvokeTests
{
    private static async Task<InvokeResponse> InvokeAsync(Activity invoke, IBot? bot = null)
    {
        var adapter = new TeamsTestAdapter();
        var turn = await adapter.ProcessAsync(invoke, (bot ?? new GreetingBot()).OnTurnAsync);
        return turn.TurnState.Get<InvokeResponse>(BotAdapter.InvokeResponseKey)!;
    }

    private static JsonElement BodyOf(InvokeResponse response) => JsonSerializer.SerializeToElement(response.Body, BotJson.Options);

    [Fact]
    public async Task AnswersAnActionExecuteWith200AndAMessage()
    {
        var response = await InvokeAsync(TeamsActivities.Invoke("adaptiveCard/action",
            """{"action":{"type":"Action.Execute","id":"ok","verb":"acknowledge","data":{"answer":"yes"}},"trigger":"manual"}"""));

        Assert.Equal(200, response.Status);
        var body = BodyOf(response);
        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.activity.message", body.GetProperty("type").GetString());
        Assert.Equal("Got it.", body.GetProperty("value").GetString());
    }

    [Fact]
    public async Task LetsTheBotReplaceTheCard()
    {
        var response = await InvokeAsync(TeamsActivities.Invoke("adaptiveCard/action",
            """{"action":{"type":"Action.Execute","verb":"refresh","data":{}}}"""), new CardRefreshingBot());

        var body = BodyOf(response);
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.GetProperty("type").GetString());
        Assert.Equal("refresh", body.GetProperty("value").GetProperty("body")[0].GetProperty("text").GetString());
    }

    [Theory]
    [InlineData(null, "Missing value property")]
    [InlineData("""{"trigger":"manual"}""", "Missing action property")]
    [InlineData("""{"action":{"type":"Action.Submit","data":{}}}""", "The action 'Action.Submit' is not supported.")]
    public async Task AnswersAMalformedActionExecuteWith400AndAnErrorBody(string? value, string message)
    {
        var response = await InvokeAsync(TeamsActivities.Invoke("adaptiveCard/action", value));

        Assert.Equal(400, response.Status);
        var body = BodyOf(response);
        Assert.Equal(400, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.error", body.GetProperty("type").GetString());
        Assert.Equal("BadRequest", body.GetProperty("value").GetProperty("code").GetString());
        Assert.Equal(message, body.GetProperty("value").GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("signin/verifyState", """{"state":"123456"}""")]
    [InlineData("signin/tokenExchange", """{"id":"x","connectionName":"c","token":"t"}""")]
    public async Task AnswersSignInInvokesWith200AndNoBody(string name, string value)
    {
        var response = await InvokeAsync(TeamsActivities.Invoke(name, value));

        Assert.Equal(200, response.Status);
        Assert.Null(response.Body);
    }

    [Fact]
    public async Task AnswersAnUnnamedCardActionInvokeWith200()
    {
        var response = await InvokeAsync(TeamsActivities.Invoke(null, """{"answer":"yes"}"""));

        Assert.Equal(200, response.Status);
    }

    [Theory]
    [InlineData("task/fetch")]
    [InlineData("task/submit")]
    [InlineData("composeExtension/query")]
    [InlineData("something/unknown")]
    public async Task AnswersInvokesTheBotDoesNotUseWith501(string name)
    {
        var response = await InvokeAsync(TeamsActivities.Invoke(name, "{}"));

        Assert.Equal(501, response.Status);
    }

    [Theory]
    [InlineData("emulator", "adaptiveCard/action", """{"action":{"type":"Action.Execute","verb":"ok","data":{}}}""")]
    [InlineData("webchat", "signin/verifyState", """{"state":"123456"}""")]
    [InlineData("directline", null, """{"answer":"yes"}""")]
    public async Task AnswersInvokesFromOtherChannelsWith501AsActivityHandlerDoes(string channelId, string? name, string value)
    {
        var response = await InvokeAsync(TeamsActivities.Invoke(name, value, channelId: channelId));

        Assert.Equal(501, response.Status);
    }

    [Fact]
    public async Task WelcomesThePersonWhoInstalledTheBotInPersonalScopeOnce()
    {
        var bot = new GreetingBot();

        await InvokeAsync(TeamsActivities.PersonalInstall(TeamsActivities.BotId, TeamsActivities.Megan.Id), bot);
        await InvokeAsync(TeamsActivities.PersonalInstall(TeamsActivities.BotId), bot);

        Assert.Equal([TeamsActivities.Megan.Id, TeamsActivities.Megan.Id], bot.Welcomed);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task GreetsOnePersonForAPersonalInstallThatListsManyMembers(bool withFrom)
    {
        // A personal chat holds one person; a client that lists fifty must not get fifty welcomes.
        var bot = new GreetingBot();
        var install = TeamsActivities.PersonalInstall([TeamsActivities.BotId, .. Enumerable.Range(0, 50).Select(i => $"29:bogus-{i}"), TeamsActivities.Megan.Id]);
        if (!withFrom)
        {
            install.From = null;
        }

        await InvokeAsync(install, bot);

        Assert.Equal([withFrom ? TeamsActivities.Megan.Id : "29:bogus-0"], bot.Welcomed);
    }

    [Fact]
    public async Task DoesNotGreetWhenTheBotIsAddedToATeam()
    {
        var bot = new GreetingBot();

        await InvokeAsync(TeamsActivities.TeamInstall(), bot);

        Assert.Empty(bot.Welcomed);
        Assert.Equal(1, bot.GroupUpdates);
    }

    [Theory]
    [InlineData("add", "add")]
    [InlineData("add-upgrade", "add")]
    [InlineData("remove", "remove")]
    [InlineData("remove-upgrade", "remove")]
    public async Task ReportsInstallationAddAndRemove(string action, string expected)
    {
        var bot = new GreetingBot();

        await InvokeAsync(TeamsActivities.InstallationUpdate(action), bot);

        Assert.Equal([expected], bot.Installations);
    }

    private class GreetingBot : TeamsActivityHandler
    {
        public List<string> Welcomed { get; } = [];

        public List<string> Installations { get; } = [];

        public int GroupUpdates { get; private set; }

        protected override Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken)
        {
            Welcomed.AddRange(membersAdded.Select(m => m.Id!));
            return Task.CompletedTask;
        }

        protected override Task OnGroupConversationUpdateAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            GroupUpdates++;
            return Task.CompletedTask;
        }

        protected override Task OnInstallationAddAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            Installations.Add("add");
            return Task.CompletedTask;
        }

        protected override Task OnInstallationRemoveAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            Installations.Add("remove");
            return Task.CompletedTask;
        }
    }

    private sealed class CardRefreshingBot : GreetingBot
    {
        protected override Task<AdaptiveCardInvokeResponse> OnAdaptiveCardActionAsync(ITurnContext turnContext, AdaptiveCardAction action, CancellationToken cancellationToken) =>
            Task.FromResult(AdaptiveCardInvokeResponse.Card(new
            {
                type = "AdaptiveCard",
                version = "1.5",
                body = new[] { new { type = "TextBlock", text = action.Verb } },
            }));
    }
}
