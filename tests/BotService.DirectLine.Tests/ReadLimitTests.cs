using System.Net;
using System.Net.WebSockets;
using BotService.Testing.DirectLine;

namespace BotService.DirectLine.Tests;

/// <summary>Every way of reading a conversation spends its one read budget: polls, opening the stream, refreshing the token.</summary>
public sealed class ReadLimitTests
{
    [Fact]
    public async Task OnceThePollsHaveSpentTheReadBudgetOpeningTheStreamAndRefreshingTheTokenGet429Too()
    {
        await using var server = await DirectLineTestServer.StartAsync(new Dictionary<string, string?> { ["DirectLine:ReadsPerMinute"] = "6" });
        using var client = server.CreateClient();
        await client.StartAsync();
        var polls = 0;
        while (true)
        {
            using var poll = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}/activities");
            if (poll.StatusCode == HttpStatusCode.TooManyRequests)
            {
                break;
            }

            Assert.True(++polls <= 20, "the read limit never answered 429");
        }

        using var socket = new ClientWebSocket { Options = { CollectHttpResponseDetails = true } };
        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(new Uri(client.StreamUrl!), CancellationToken.None));
        using var refresh = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh");

        Assert.Equal(HttpStatusCode.TooManyRequests, socket.HttpStatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, refresh.StatusCode);
        Assert.NotNull(refresh.Headers.RetryAfter);
    }
}
