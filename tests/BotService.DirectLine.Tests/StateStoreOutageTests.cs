using System.Net;
using BotService.Protocol;
using BotService.Protocol.Hosting;
using BotService.Protocol.State;
using BotService.Storage.Postgres;
using BotService.Testing;
using BotService.Testing.DirectLine;
using Microsoft.Extensions.DependencyInjection;

namespace BotService.DirectLine.Tests;

/// <summary>
/// A Direct Line turn whose bot state cannot be read gets the same notice as on /api/messages: the message was not
/// taken in, nothing is lost, try again, and where to get help meanwhile.
/// </summary>
public sealed class StateStoreOutageTests
{
    [Fact]
    public async Task WhenTheBotStateCannotBeReachedTheUserIsToldNothingIsLostAndWhereToGetHelp()
    {
        // The bot's state is on a PostgreSQL server that refuses connections; the Direct Line log (SQLite) is fine.
        await using var unreachable = new PostgresStorage($"Host=127.0.0.1;Port={LoopbackPorts.Free()};Timeout=5");
        await using var server = await DirectLineTestServer.StartAsync(configureServices: services =>
            services.AddSingleton<IMiddleware>(new AutoSaveStateMiddleware(new ConversationState(unreachable))));
        using var client = server.CreateClient();
        await client.StartAsync();

        using var response = await client.PostMessageAsync("my calf has been twitching");
        var (activities, _) = await client.GetActivitiesAsync(null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(BotTurnErrorHandler.StorageUnavailableText, activities[^1].GetProperty("text").GetString());
    }
}
