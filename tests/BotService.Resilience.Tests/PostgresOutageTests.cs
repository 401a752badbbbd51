using System.Net;
using BotService.Protocol.Hosting;
using BotService.Resilience.Tests.Support;
using BotService.Testing.Postgres;

namespace BotService.Resilience.Tests;

/// <summary>
/// PostgreSQL stopped for a while: users get a clear "please try again" (HTTP 200 with that message, never a 500),
/// nothing stored is damaged, and the same host serves again on its own once the database is back.
/// </summary>
public sealed class PostgresOutageTests
{
    // The conversations' locale is en-US, so the notice names 911.
    private static readonly string Unavailable = BotTurnErrorHandler.StorageUnavailable("911");

    [Fact]
    public async Task WhileTheDatabaseIsDownUsersAreAskedToTryAgainAndTheConversationCarriesOnWhenItReturns()
    {
        await using var server = await PostgresServer.StartAsync();
        var database = await server.CreateDatabaseAsync("outage");
        await using var host = await BotHostProcess.StartAsync(ProcessRestartTests.PostgresEnvironment(database));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(90) };
        var conversation = new BotConversation(http, host.BaseAddress, "outage-" + Guid.NewGuid().ToString("N"));
        var bystander = new BotConversation(http, host.BaseAddress, "bystander-" + Guid.NewGuid().ToString("N"));
        Assert.Contains("how long", BotConversation.Texts(await conversation.SayAsync("my calf has been twitching")), StringComparison.OrdinalIgnoreCase);

        await server.StopAsync();
        for (var i = 0; i < 3; i++)
        {
            foreach (var who in new[] { conversation, bystander })
            {
                using var response = await who.PostAsync(who.Message("A few days"));
                var body = await response.Content.ReadAsStringAsync();
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Contains(Unavailable, BotConversation.Texts(BotConversation.Replies(body)), StringComparison.Ordinal);
            }
        }

        await server.RestartAsync();

        // The same process, no restart: the first turn that reaches the database again picks up where it was.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        IReadOnlyList<Protocol.Schema.Activity> replies;
        while (true)
        {
            replies = await conversation.SayAsync("A few days");
            var text = BotConversation.Texts(replies);
            if (!text.Contains(Unavailable, StringComparison.Ordinal))
            {
                break;
            }

            Assert.True(DateTime.UtcNow < deadline, "the host did not recover after the database came back:\n" + host.Output);
            await Task.Delay(500);
        }

        Assert.Contains("Pick all that apply", BotConversation.Texts(replies), StringComparison.Ordinal);
        Assert.Equal("selfcare", BotConversation.Disposition(await conversation.SayAsync("None of these")));
        Assert.DoesNotContain("Unhandled exception", host.Output, StringComparison.Ordinal);
    }
}
