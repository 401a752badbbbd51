using BotService.Protocol;
using BotService.Protocol.Schema;
using BotService.Teams.Tests.Support;

namespace BotService.Teams.Tests;

/// <summary>With Teams:AllowedTenants set, only those organisations reach the bot; without it, every one does.</summary>
public sealed class TenantFilterTests
{
    [Fact]
    public async Task AMessageFromAnAllowedTenantReachesTheBot()
    {
        var (reached, replies) = await RunAsync([TeamsActivities.TenantId], TeamsActivities.PersonalMessage("my calf twitches"));

        Assert.True(reached);
        Assert.Empty(replies);
    }

    [Theory]
    [InlineData("another-tenant")]
    [InlineData(null)]
    public async Task AMessageFromAnyOtherOrganisationGetsTheNoticeAndNeverReachesTheBot(string? tenant)
    {
        var message = WithTenant(TeamsActivities.PersonalMessage("my calf twitches"), tenant);

        var (reached, replies) = await RunAsync([TeamsActivities.TenantId], message);

        Assert.False(reached);
        Assert.Equal(TeamsTenantFilterMiddleware.NotAvailableText, Assert.Single(replies).Text);
    }

    [Fact]
    public async Task AChannelDataTenantThatDisagreesWithTheConversationsIsRefused()
    {
        var message = TeamsActivities.PersonalMessage("my calf twitches");
        message.Conversation!.TenantId = TeamsActivities.TenantId;
        message.ChannelData = System.Text.Json.JsonSerializer.SerializeToElement(new { tenant = new { id = "another-tenant" } });

        var (reached, _) = await RunAsync([TeamsActivities.TenantId], message);

        Assert.False(reached);
    }

    [Fact]
    public async Task AnInvokeFromAnotherOrganisationEndsQuietly()
    {
        var invoke = WithTenant(TeamsActivities.Invoke("adaptiveCard/action", """{"action":{"type":"Action.Execute","verb":"v"}}"""), "another-tenant");

        var (reached, replies) = await RunAsync([TeamsActivities.TenantId], invoke);

        Assert.False(reached);
        Assert.Empty(replies);
    }

    [Fact]
    public async Task WithoutAListEveryOrganisationAndEveryOtherChannelReachesTheBot()
    {
        var (teams, _) = await RunAsync([], WithTenant(TeamsActivities.PersonalMessage("hello"), "another-tenant"));
        var webChat = TeamsActivities.PersonalMessage("hello");
        webChat.ChannelId = Channels.Webchat;
        var (other, _) = await RunAsync([TeamsActivities.TenantId], WithTenant(webChat, null));

        Assert.True(teams);
        Assert.True(other);
    }

    private static Activity WithTenant(Activity activity, string? tenant)
    {
        activity.Conversation!.TenantId = tenant;
        activity.ChannelData = tenant is null ? null : System.Text.Json.JsonSerializer.SerializeToElement(new { tenant = new { id = tenant } });
        return activity;
    }

    private static async Task<(bool Reached, IReadOnlyList<Activity> Replies)> RunAsync(string[] allowed, Activity activity)
    {
        var adapter = new BotService.Testing.TestAdapter(Channels.Msteams);
        adapter.Use(new TeamsTenantFilterMiddleware(allowed));
        var reached = false;
        var replies = await adapter.ProcessActivityAsync(activity, (_, _) =>
        {
            reached = true;
            return Task.CompletedTask;
        });
        return (reached, replies);
    }
}
