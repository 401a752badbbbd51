using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BotService.Testing;
using BotService.Testing.DirectLine;

namespace BotService.DirectLine.Tests;

/// <summary>Who may mint, refresh and use tokens, and what a wrong, forged or expired one gets.</summary>
public sealed class TokenRulesTests : IAsyncLifetime
{
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 11, 21, 8, 0, 0, TimeSpan.Zero));
    private DirectLineTestServer _server = null!;
    private DirectLineTestClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await DirectLineTestServer.StartAsync(time: _time);
        _client = _server.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task GenerateWithTheSecretReturnsATokenForANewConversation()
    {
        using var response = await _client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", new { user = new { id = "dl_trusted" } }, DirectLineTestServer.Secret);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1800, body.GetProperty("expires_in").GetInt32());
        _client.Adopt(body);
        using var start = await _client.SendAsync(HttpMethod.Post, "/v3/directline/conversations");
        Assert.Equal(HttpStatusCode.Created, start.StatusCode);
        var welcome = await _client.PollUntilAsync(a => a.Count >= 1);
        Assert.Equal("dl_trusted", welcome[0].GetProperty("recipient").GetProperty("id").GetString());
    }

    [Fact]
    public async Task GenerateRefusesAConversationTokenAndAMissingCredential()
    {
        await _client.StartAsync();

        using var withToken = await _client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate");
        using var without = await _client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", bearer: string.Empty);

        Assert.Equal(HttpStatusCode.Forbidden, withToken.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, without.StatusCode);
        Assert.Equal("Forbidden", (await withToken.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task RefreshGivesANewTokenForTheSameConversationThatStillWorksAfterTheOldOneExpires()
    {
        await _client.StartAsync();
        _time.Advance(TimeSpan.FromMinutes(15));

        using var response = await _client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var fresh = body.GetProperty("token").GetString();
        _time.Advance(TimeSpan.FromMinutes(20));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(_client.ConversationId, body.GetProperty("conversationId").GetString());
        using var old = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{_client.ConversationId}/activities");
        Assert.Equal(HttpStatusCode.Forbidden, old.StatusCode);
        using var renewed = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{_client.ConversationId}/activities", bearer: fresh);
        Assert.Equal(HttpStatusCode.OK, renewed.StatusCode);
    }

    [Fact]
    public async Task AnExpiredTokenGets403EverywhereIncludingRefresh()
    {
        await _client.StartAsync();
        _time.Advance(TimeSpan.FromSeconds(1801));

        using var refresh = await _client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh");
        using var post = await _client.PostMessageAsync("hello");
        using var poll = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{_client.ConversationId}/activities");
        using var reconnect = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{_client.ConversationId}");

        Assert.All(new[] { refresh, post, poll, reconnect }, r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        Assert.Equal("TokenExpired", (await post.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task ATokenReadsAndWritesOnlyItsOwnConversation()
    {
        await _client.StartAsync();
        using var other = _server.CreateClient();
        await other.StartAsync();
        await other.PostMessageIdAsync("private words");

        using var read = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{other.ConversationId}/activities");
        using var write = await _client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{other.ConversationId}/activities", new { type = "message", text = "intrusion" });
        using var reconnect = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{other.ConversationId}");

        Assert.All(new[] { read, write, reconnect }, r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        var seen = await other.PollUntilAsync(a => a.Count >= 3);
        Assert.DoesNotContain(seen, a => a.TryGetProperty("text", out var t) && t.GetString() == "intrusion");
    }

    [Fact]
    public async Task AForgedOrTamperedTokenIsRefusedAndGarbageIsUnauthorized()
    {
        await _client.StartAsync();
        var parts = _client.Token!.Split('.');
        // Same signature, but the payload now claims a far expiry: the signature no longer matches.
        var payload = System.Text.Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(parts[1]));
        var longer = System.Text.RegularExpressions.Regex.Replace(payload, "\"exp\":\\d+", "\"exp\":4102444800");
        var tampered = parts[0] + "." + System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes(longer)) + "." + parts[2];
        var path = $"/v3/directline/conversations/{_client.ConversationId}/activities";

        using var forged = await _client.SendAsync(HttpMethod.Get, path, bearer: tampered);
        using var garbage = await _client.SendAsync(HttpMethod.Get, path, bearer: "not-a-token");
        using var missing = await _client.SendAsync(HttpMethod.Get, path, bearer: string.Empty);

        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, garbage.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
    }

    [Fact]
    public async Task ATokenSignedByAnotherKeyIsRefused()
    {
        await using var stranger = await DirectLineTestServer.StartAsync(
            new Dictionary<string, string?> { ["DirectLine:TokenSigningKey"] = Convert.ToBase64String(new byte[32]) });
        using var strangerClient = stranger.CreateClient();
        await strangerClient.StartAsync();
        await _client.StartAsync();

        using var response = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{_client.ConversationId}/activities", bearer: strangerClient.Token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task TheSecretReachesAnyConversationButAnUnknownOneIs404()
    {
        await _client.StartAsync();
        await _client.PostMessageIdAsync("hello");

        using var known = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{_client.ConversationId}/activities", bearer: DirectLineTestServer.Secret);
        using var unknown = await _client.SendAsync(HttpMethod.Get, "/v3/directline/conversations/0123456789abcdef/activities", bearer: DirectLineTestServer.Secret);
        using var post = await _client.SendAsync(HttpMethod.Post, "/v3/directline/conversations/0123456789abcdef/activities", new { type = "message" }, DirectLineTestServer.Secret);

        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }

    [Fact]
    public async Task ATokenForAConversationThatExpiredFromStorageGets404()
    {
        await _client.StartAsync();
        var log = (Storage.IActivityLog)_server.Services.GetService(typeof(Storage.IActivityLog))!;
        await log.DeleteExpiredAsync(_time.GetUtcNow().AddMinutes(1), CancellationToken.None);

        using var poll = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{_client.ConversationId}/activities");
        using var refresh = await _client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh");

        Assert.Equal(HttpStatusCode.NotFound, poll.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, refresh.StatusCode);
    }

    [Fact]
    public async Task ThePageTokenBindsAUserIdThatTheClientCannotOverride()
    {
        await _client.StartAsync();
        var payload = JsonDocument.Parse(System.Buffers.Text.Base64Url.DecodeFromChars(_client.Token!.Split('.')[1])).RootElement;
        var boundUser = payload.GetProperty("user").GetString();

        await _client.PostMessageIdAsync("who am I");
        var activities = await _client.PollUntilAsync(a => a.Count >= 3);

        Assert.StartsWith("dl_", boundUser, StringComparison.Ordinal);
        var echo = activities.Single(a => a.GetProperty("type").GetString() == "message" && a.GetProperty("from").GetProperty("role").GetString() == "user");
        Assert.Equal(boundUser, echo.GetProperty("from").GetProperty("id").GetString());
    }
}
