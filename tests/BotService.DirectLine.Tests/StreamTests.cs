using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;
using BotService.Testing.DirectLine;

namespace BotService.DirectLine.Tests;

/// <summary>The WebSocket stream: backlog, live delivery, keep-alives, token in the URL, reconnects that lose nothing.</summary>
public sealed class StreamTests : IAsyncLifetime
{
    private DirectLineTestServer _server = null!;
    private DirectLineTestClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await DirectLineTestServer.StartAsync(new Dictionary<string, string?> { ["DirectLine:KeepAliveSeconds"] = "1" });
        _client = _server.CreateClient();
        await _client.StartAsync();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task TheStreamSendsTheBacklogThenEachNewActivityAsActivitySets()
    {
        await using var stream = await DirectLineStream.ConnectAsync(_client.StreamUrl!);
        var backlog = await stream.ReceiveUntilAsync(a => a.Count >= 1);

        await _client.PostMessageIdAsync("live", "c-live");
        var live = await stream.ReceiveUntilAsync(a => a.Count >= 2);

        Assert.Equal(ScriptedTestBot.Welcome, backlog[0].GetProperty("text").GetString());
        Assert.Equal("c-live", live[0].GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.Equal("Received live", live[1].GetProperty("text").GetString());
        Assert.Equal("3", stream.LastWatermark);
    }

    [Fact]
    public async Task TypingIsStreamed()
    {
        await using var stream = await DirectLineStream.ConnectAsync(_client.StreamUrl!);
        await stream.ReceiveUntilAsync(a => a.Count >= 1);

        await _client.PostMessageIdAsync("typing");
        var activities = await stream.ReceiveUntilAsync(a => a.Count >= 3);

        Assert.Equal(["message", "typing", "message"], activities.Select(a => a.GetProperty("type").GetString()));
    }

    [Fact]
    public async Task AnActivityTheBotDoesNotAnswerIsStillStreamedAtOnce()
    {
        // The echo is normally announced with the turn's first reply; a turn with none must announce it itself, not
        // leave it to the stream's next look at the log after a keep-alive (60 s here).
        await using var server = await DirectLineTestServer.StartAsync(new Dictionary<string, string?> { ["DirectLine:KeepAliveSeconds"] = "60" });
        using var client = server.CreateClient();
        await client.StartAsync();
        await using var stream = await DirectLineStream.ConnectAsync(client.StreamUrl!);
        await stream.ReceiveUntilAsync(a => a.Count >= 1);

        using var response = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/activities", new
        {
            type = "event",
            name = "page/visible",
            from = new { id = client.UserId, role = "user" },
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var activities = await stream.ReceiveUntilAsync(a => a.Count >= 1, TimeSpan.FromSeconds(20));

        Assert.Equal("page/visible", Assert.Single(activities).GetProperty("name").GetString());
    }

    [Fact]
    public async Task EmptyClientFramesAreIgnoredAndTheServerSendsEmptyKeepAlives()
    {
        await using var stream = await DirectLineStream.ConnectAsync(_client.StreamUrl!);
        await stream.ReceiveUntilAsync(a => a.Count >= 1);

        await stream.SendEmptyFrameAsync();
        var frame = await stream.ReceiveFrameAsync(TimeSpan.FromSeconds(30));
        await stream.SendEmptyFrameAsync();
        await _client.PostMessageIdAsync("still there");
        var after = await stream.ReceiveUntilAsync(a => a.Count >= 2);

        Assert.Equal(string.Empty, frame);
        Assert.Equal("Received still there", after[1].GetProperty("text").GetString());
    }

    [Fact]
    public async Task TheStreamRefusesAMissingWrongOrOtherConversationsTokenBeforeUpgrading()
    {
        using var other = _server.CreateClient();
        await other.StartAsync();
        var baseUrl = _client.StreamUrl![.._client.StreamUrl!.IndexOf("?t=", StringComparison.Ordinal)];

        var missing = await Assert.ThrowsAsync<WebSocketException>(() => DirectLineStream.ConnectAsync(baseUrl));
        var foreign = await Assert.ThrowsAsync<WebSocketException>(() => DirectLineStream.ConnectAsync(baseUrl + "?t=" + other.Token));

        Assert.Contains("401", missing.Message, StringComparison.Ordinal);
        Assert.Contains("403", foreign.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APlainGetOnTheStreamUrlGets400()
    {
        using var response = await _client.SendAsync(HttpMethod.Get, new Uri(_client.StreamUrl!).PathAndQuery);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ASecondStreamForTheConversationClosesTheFirstWithCollision()
    {
        await using var first = await DirectLineStream.ConnectAsync(_client.StreamUrl!);
        await first.ReceiveUntilAsync(a => a.Count >= 1);

        await using var second = await DirectLineStream.ConnectAsync(_client.StreamUrl!);
        await second.ReceiveUntilAsync(a => a.Count >= 1);
        string? frame;
        do
        {
            frame = await first.ReceiveFrameAsync(TimeSpan.FromSeconds(30));
        }
        while (frame is not null);

        Assert.Equal("collision", first.Socket.CloseStatusDescription);
    }

    [Fact]
    public async Task APageThatDropsItsStreamGetsEveryMissedActivityInOrderAfterReconnecting()
    {
        string watermark;
        await using (var stream = await DirectLineStream.ConnectAsync(_client.StreamUrl!))
        {
            await stream.ReceiveUntilAsync(a => a.Count >= 1);
            watermark = stream.LastWatermark!;
        }

        // While no stream is open: five user messages (ten activities) and a burst of twelve bot replies.
        for (var i = 1; i <= 5; i++)
        {
            await _client.PostMessageIdAsync($"missed {i}");
        }

        await _client.PostMessageIdAsync("burst 12");

        // DirectLineJS reconnects with GET /conversations/{id}?watermark=w and opens the new streamUrl.
        using var reconnect = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{_client.ConversationId}?watermark={watermark}");
        _client.Adopt(await reconnect.Content.ReadFromJsonAsync<JsonElement>());
        await using var resumed = await DirectLineStream.ConnectAsync(_client.StreamUrl!);
        var missed = await resumed.ReceiveUntilAsync(a => a.Count >= 23);

        var expected = Enumerable.Range(1, 5).SelectMany(i => new[] { $"missed {i}", $"Received missed {i}" })
            .Append("burst 12").Concat(Enumerable.Range(1, 12).Select(i => $"Burst reply {i}"));
        Assert.Equal(expected, missed.Select(a => a.GetProperty("text").GetString()));
        Assert.Equal(Enumerable.Range(2, 23).Select(i => $"{_client.ConversationId}|{i:D7}"), missed.Select(a => a.GetProperty("id").GetString()));
        Assert.Equal("24", resumed.LastWatermark);
    }

    [Fact]
    public async Task AClientThatPollsLateGetsEveryMissedActivityInOrderAcrossPages()
    {
        await _client.PostMessageIdAsync("burst 150");

        var activities = await _client.PollUntilAsync(a => a.Count >= 152, "0");

        Assert.Equal(152, activities.Count);
        var sequence = activities.Select(a => long.Parse(a.GetProperty("id").GetString()!.Split('|')[1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Enumerable.Range(1, 152).Select(i => (long)i), sequence);
        var stamps = activities.Select(a => a.GetProperty("timestamp").GetDateTimeOffset()).ToList();
        Assert.Equal(stamps.Order(), stamps);
        Assert.Equal(stamps.Count, stamps.Distinct().Count());
    }
}
