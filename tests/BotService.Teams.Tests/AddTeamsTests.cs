using BotService.Protocol;
using BotService.Teams.Cards;
using BotService.Teams.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BotService.Teams.Tests;

public class AddTeamsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddTeams()
            .BuildServiceProvider();

    [Fact]
    public async Task TheRegisteredMiddlewareRunsATeamsChannelTurnEndToEnd()
    {
        using var services = Build(new() { ["Teams:MaxPacingWaitSeconds"] = "5" });
        var adapter = new TeamsTestAdapter();
        adapter.UseTeams(services);
        var inbound = TeamsActivities.ChannelMessage(TeamsActivities.Megan, "1", "1", "<at>Twitch Guide</at>  what else?");
        string? seen = null;

        await adapter.ProcessAsync(inbound, (turn, ct) =>
        {
            seen = turn.Activity.Text;
            return turn.SendActivityAsync(MessageFactory.SuggestedActions(["Weakness", "Numbness"], "Anything else?").MarkMultiSelect(), ct);
        });

        Assert.Equal("what else?", seen);
        var sent = Assert.Single(adapter.Sent);
        Assert.Null(sent.SuggestedActions);
        Assert.Equal("Input.ChoiceSet", (string?)TeamsCardClient.CardOf(sent)["body"]![0]!["type"]);
    }

    [Fact]
    public void RegistersTheMiddlewareForTheRuntimeAdapterInTheOrderItMustRun()
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddTeams()
            .AddTeams();
        using var provider = services.BuildServiceProvider();

        Assert.Equal(
            [typeof(TeamsTenantFilterMiddleware), typeof(TeamsMentionMiddleware), typeof(TeamsCardSubmitMiddleware), typeof(TeamsSuggestedActionsToCardMiddleware), typeof(Sending.TeamsSendLimitsMiddleware)],
            provider.GetServices<IMiddleware>().Select(m => m.GetType()));
    }

    [Fact]
    public void BindsTheTeamsSection()
    {
        using var services = Build(new() { ["Teams:RespondOnlyWhenMentioned"] = "false" });

        Assert.False(services.GetRequiredService<TeamsResponsePolicy>().RespondOnlyWhenMentioned);
    }

    [Fact]
    public void RejectsAMessageLimitAboveWhatTeamsAccepts()
    {
        using var services = Build(new() { ["Teams:MaxMessageBytes"] = "500000" });

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<TeamsOptions>>().Value);
    }
}
