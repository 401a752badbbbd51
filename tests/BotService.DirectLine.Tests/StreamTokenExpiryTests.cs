using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;
using BotService.Testing;
using BotService.Testing.DirectLine;

namespace BotService.DirectLine.Tests;

/// <summary>A stream lives no longer than the token that opened it; a refreshed token reconnects without losing anything.</summary>
public sealed class StreamTokenExpiryTests
{
    [Fact]
    public async Task AStreamClosesWhenItsTokenExpiresAndARefreshedTokenReconnectsFromTheWatermark()
    {
        var time = new ManualTimeProvider(new DateTimeOffset(2026, 12, 6, 9, 0, 0, TimeSpan.Zero));
        await using var server = await DirectLineTestServer.StartAsync(
            new Dictionary<string, string?> { ["DirectLine:KeepAliveSeconds"] = "1", ["DirectLine:TokenLifetimeSeconds"] = "1800" }, time: time);
        using var client = server.CreateClient();
        await client.StartAsync();
        await using var stream = await DirectLineStream.ConnectAsync(client.StreamUrl!);
        await stream.ReceiveUntilAsync(a => a.Count >= 1);

        // Web Chat refreshes its token every 15 minutes; the stream keeps the one it was opened with.
        time.Advance(TimeSpan.FromMinutes(15));
        using (var refresh = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh"))
        {
            Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
            client.Token = (await refresh.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        }

        await client.PostMessageIdAsync("before expiry");
        await stream.ReceiveUntilAsync(a => a.Count >= 2);
        var watermark = stream.LastWatermark;

        time.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));
        // Keep-alives come every second; the close must come within a few of them.
        string? frame;
        var keepAlives = 0;
        do
        {
            frame = await stream.ReceiveFrameAsync(TimeSpan.FromSeconds(30));
        }
        while (frame == string.Empty && ++keepAlives < 10);

        Assert.Null(frame);
        Assert.Equal(WebSocketCloseStatus.PolicyViolation, stream.Socket.CloseStatus);
        Assert.Equal("token expired", stream.Socket.CloseStatusDescription);

        // What DirectLineJS does next: reconnect with its current token from the watermark it has.
        await client.PostMessageIdAsync("after expiry");
        using var reconnect = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}?watermark={watermark}");
        Assert.Equal(HttpStatusCode.OK, reconnect.StatusCode);
        var streamUrl = (await reconnect.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("streamUrl").GetString();
        await using var resumed = await DirectLineStream.ConnectAsync(streamUrl!);
        var missed = await resumed.ReceiveUntilAsync(a => a.Count >= 2);
        Assert.Equal("Received after expiry", missed[^1].GetProperty("text").GetString());
    }
}
