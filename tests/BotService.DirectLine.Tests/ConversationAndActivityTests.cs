using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using BotService.Protocol.Hosting;
using BotService.Testing.DirectLine;

namespace BotService.DirectLine.Tests;

/// <summary>Starting, reconnecting, posting and polling, checked against what Web Chat 4.18 needs (webchat-directline.md).</summary>
public sealed class ConversationAndActivityTests : IAsyncLifetime
{
    private DirectLineTestServer _server = null!;
    private DirectLineTestClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await DirectLineTestServer.StartAsync(new Dictionary<string, string?> { ["DirectLine:MaxActivityBytes"] = "4096" });
        _client = _server.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task StartingReturns201WithTokenExpiryAndAWebSocketStreamUrlAndAgain200()
    {
        var body = await _client.StartAsync();

        Assert.False(string.IsNullOrEmpty(body.GetProperty("token").GetString()));
        Assert.InRange(body.GetProperty("expires_in").GetInt32(), 1700, 1800);
        Assert.StartsWith($"ws://{_server.BaseAddress.Authority}/v3/directline/conversations/{_client.ConversationId}/stream?t=", body.GetProperty("streamUrl").GetString(), StringComparison.Ordinal);
        using var again = await _client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", new { user = new { id = _client.UserId } });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task TheWelcomeArrivesWithoutTheUserTypingAndTheConversationUpdateStaysWithTheBot()
    {
        await _client.StartAsync();

        var (activities, watermark) = await _client.GetActivitiesAsync(string.Empty);

        var welcome = Assert.Single(activities);
        Assert.Equal(ScriptedTestBot.Welcome, welcome.GetProperty("text").GetString());
        Assert.Equal("bot", welcome.GetProperty("from").GetProperty("role").GetString());
        Assert.Equal("directline", welcome.GetProperty("channelId").GetString());
        Assert.False(welcome.TryGetProperty("replyToId", out _));
        Assert.Equal($"{_client.ConversationId}|0000001", welcome.GetProperty("id").GetString());
        Assert.Equal("1", watermark);
    }

    [Fact]
    public async Task APostedActivityIsEchoedUnchangedWithItsIdTimestampAndClientActivityId()
    {
        await _client.StartAsync();

        var id = await _client.PostMessageIdAsync("my calf twitches", "client-42");
        var (activities, _) = await _client.GetActivitiesAsync("1");

        Assert.Equal($"{_client.ConversationId}|0000002", id);
        var echo = activities[0];
        Assert.Equal(id, echo.GetProperty("id").GetString());
        Assert.Equal("client-42", echo.GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.Equal("my calf twitches", echo.GetProperty("text").GetString());
        Assert.Equal("user", echo.GetProperty("from").GetProperty("role").GetString());
        Assert.Equal("en-US", echo.GetProperty("locale").GetString());
        Assert.EndsWith("Z", echo.GetProperty("timestamp").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheBotsReplyFollowsTheEchoAndPointsAtIt()
    {
        await _client.StartAsync();

        var id = await _client.PostMessageIdAsync("hello");
        var (activities, watermark) = await _client.GetActivitiesAsync("1");

        Assert.Equal(2, activities.Count);
        var reply = activities[1];
        Assert.Equal("Received hello", reply.GetProperty("text").GetString());
        Assert.Equal(id, reply.GetProperty("replyToId").GetString());
        Assert.Equal("bot", reply.GetProperty("from").GetProperty("role").GetString());
        Assert.Equal(_client.ConversationId, reply.GetProperty("conversation").GetProperty("id").GetString());
        Assert.True(reply.GetProperty("timestamp").GetDateTimeOffset() > activities[0].GetProperty("timestamp").GetDateTimeOffset());
        Assert.Equal("3", watermark);
    }

    [Fact]
    public async Task PollingFromAWatermarkReturnsOnlyNewerActivitiesAndAnEmptyOneReturnsAll()
    {
        await _client.StartAsync();
        await _client.PostMessageIdAsync("one");
        await _client.PostMessageIdAsync("two");

        var (all, allMark) = await _client.GetActivitiesAsync(string.Empty);
        var (newer, newerMark) = await _client.GetActivitiesAsync("2");
        var (none, noneMark) = await _client.GetActivitiesAsync("5");

        Assert.Equal(5, all.Count);
        Assert.Equal(["Received one", "two", "Received two"], newer.Select(a => a.GetProperty("text").GetString()));
        Assert.Empty(none);
        Assert.Equal(("5", "5", "5"), (allMark, newerMark, noneMark));
    }

    [Fact]
    public async Task AWatermarkFromTheFutureComesBackAsTheLastOneSoTheNextMessageIsNotHidden()
    {
        await _client.StartAsync();
        await _client.PostMessageIdAsync("one");

        var (none, mark) = await _client.GetActivitiesAsync("1000");
        await _client.PostMessageIdAsync("two");
        var (next, _) = await _client.GetActivitiesAsync(mark);

        Assert.Empty(none);
        Assert.Equal("3", mark);
        Assert.Equal(["two", "Received two"], next.Select(a => a.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task ReconnectingReturnsAFreshTokenAndAStreamUrlCarryingTheWatermark()
    {
        await _client.StartAsync();

        using var response = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{_client.ConversationId}?watermark=1");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(_client.Token, body.GetProperty("token").GetString());
        Assert.Contains("watermark=1&t=", body.GetProperty("streamUrl").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"type\":\"message\",", "BadArgument")]
    [InlineData("[1,2,3]", "BadArgument")]
    [InlineData("{\"text\":\"no type\"}", "BadArgument")]
    [InlineData("{\"type\":\"message\",\"timestamp\":\"yesterday\"}", "BadArgument")]
    [InlineData("{\"type\":\"conversationUpdate\",\"membersAdded\":[{\"id\":\"someone\"}]}", "BadArgument")]
    public async Task MalformedActivitiesGet400AndAreNotStored(string json, string code)
    {
        await _client.StartAsync();

        using var response = await _client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{_client.ConversationId}/activities",
            new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetProperty("code").GetString());
        Assert.Single((await _client.GetActivitiesAsync(string.Empty)).Activities);
    }

    [Fact]
    public async Task AnActivityOverTheSizeLimitGets413AndIsNotStored()
    {
        await _client.StartAsync();

        using var response = await _client.PostMessageAsync(new string('x', 5000));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Single((await _client.GetActivitiesAsync(string.Empty)).Activities);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("1.5")]
    public async Task ABadWatermarkGets400(string watermark)
    {
        await _client.StartAsync();

        using var response = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{_client.ConversationId}/activities?watermark={watermark}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task TypingIsLeftOutOfPollsButTheWatermarkMovesPastIt()
    {
        await _client.StartAsync();

        await _client.PostMessageIdAsync("typing");
        var (activities, watermark) = await _client.GetActivitiesAsync("1");

        Assert.Equal(["typing", "Done typing"], activities.Select(a => a.GetProperty("text").GetString()));
        Assert.Equal("4", watermark);
    }

    [Fact]
    public async Task ABotThatFailsStillLetsTheUserKnowWhereToGetHelpAndThePostSucceeds()
    {
        await _client.StartAsync();

        using var response = await _client.PostMessageAsync("fail");
        var (activities, _) = await _client.GetActivitiesAsync("1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        // The same apology as /api/messages, with its sentence on contacting a doctor or the emergency number.
        Assert.Equal(BotTurnErrorHandler.ApologyText, activities[^1].GetProperty("text").GetString());
    }

    [Fact]
    public async Task AnEventFromThePageReachesTheBotAndIsNotShownAsAMessage()
    {
        await _client.StartAsync();

        using var response = await _client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{_client.ConversationId}/activities",
            new { type = "event", name = "webchat/join", value = new { language = "en-US" }, from = new { id = _client.UserId } });
        var (activities, _) = await _client.GetActivitiesAsync("1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["event", "message"], activities.Select(a => a.GetProperty("type").GetString()));
        Assert.Equal(ScriptedTestBot.Welcome, activities[1].GetProperty("text").GetString());
    }

    [Fact]
    public async Task UploadIsAnsweredNotImplementedRatherThanAServerError()
    {
        await _client.StartAsync();

        using var response = await _client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{_client.ConversationId}/upload?userId=x",
            new StringContent("file", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }
}
