using System.Net;
using BotService.Testing.DirectLine;

namespace BotService.DirectLine.Tests;

/// <summary>Rate limits answer 429 with Retry-After; CORS answers Web Chat's preflights for allowed origins only.</summary>
public sealed class LimitsAndCorsTests : IAsyncLifetime
{
    private const string AllowedOrigin = "https://clinic.example";
    private DirectLineTestServer _server = null!;
    private DirectLineTestClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await DirectLineTestServer.StartAsync(new Dictionary<string, string?>
        {
            ["DirectLine:PostsPerMinute"] = "1",
            ["DirectLine:PostBurst"] = "3",
            ["DirectLine:PageTokensPerMinute"] = "6",
            ["DirectLine:AllowedOrigins:0"] = AllowedOrigin,
        });
        _client = _server.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task PostingFasterThanTheLimitGets429WithRetryAfterAndOtherConversationsAreUnaffected()
    {
        await _client.StartAsync();
        for (var i = 0; i < 3; i++)
        {
            await _client.PostMessageIdAsync($"allowed {i}");
        }

        using var limited = await _client.PostMessageAsync("one too many");
        using var other = _server.CreateClient();
        await other.StartAsync();
        using var otherPost = await other.PostMessageAsync("unaffected");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, otherPost.StatusCode);
        var (activities, _) = await _client.GetActivitiesAsync(string.Empty);
        Assert.DoesNotContain(activities, a => a.GetProperty("text").GetString() == "one too many");
    }

    [Fact]
    public async Task ThePageTokenEndpointLimitsEachClientAddress()
    {
        var statuses = new List<HttpStatusCode>();
        var last = string.Empty;
        for (var i = 0; i < 5; i++)
        {
            using var response = await _client.Http.PostAsync(new Uri("/api/webchat/token", UriKind.Relative), null);
            statuses.Add(response.StatusCode);
            last = await response.Content.ReadAsStringAsync();
        }

        Assert.Equal(HttpStatusCode.OK, statuses[0]);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Contains("from this address", last, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("POST", "/v3/directline/conversations", "authorization,content-type,x-ms-bot-agent,x-requested-with")]
    [InlineData("GET", "/v3/directline/conversations/abc/activities?watermark=3", "authorization,x-ms-bot-agent,x-requested-with")]
    [InlineData("POST", "/api/webchat/token", "content-type")]
    public async Task APreflightFromAnAllowedOriginIsAnsweredWithTheHeadersWebChatSends(string method, string path, string headers)
    {
        using var request = Preflight(path, AllowedOrigin, method, headers);

        using var response = await _client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(AllowedOrigin, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        var allowed = string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers")).ToUpperInvariant();
        Assert.All(headers.Split(','), h => Assert.Contains(h.ToUpperInvariant(), allowed, StringComparison.Ordinal));
    }

    [Fact]
    public async Task APreflightFromAnOriginNotOnTheListGetsNoCorsHeaders()
    {
        using var request = Preflight("/v3/directline/conversations", "https://elsewhere.example", "POST", "authorization");

        using var response = await _client.Http.SendAsync(request);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static HttpRequestMessage Preflight(string path, string origin, string method, string headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, new Uri(path, UriKind.Relative));
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        request.Headers.Add("Access-Control-Request-Headers", headers);
        return request;
    }
}
