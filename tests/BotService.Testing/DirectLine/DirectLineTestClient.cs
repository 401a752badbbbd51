using Xunit;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace BotService.Testing.DirectLine;

/// <summary>Speaks Direct Line 3.0 the way DirectLineJS does, over HttpClient; one conversation per client.</summary>
public sealed class DirectLineTestClient(Uri baseAddress) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };

    public HttpClient Http => _http;

    public string? Token { get; set; }

    public string? ConversationId { get; set; }

    public string? StreamUrl { get; private set; }

    public string UserId { get; } = "r_" + Guid.NewGuid().ToString("N")[..10];

    /// <summary>The page's flow: a token from <c>/api/webchat/token</c>, then <c>POST /conversations</c>.</summary>
    public async Task<JsonElement> StartAsync()
    {
        using var tokenResponse = await _http.PostAsync(new Uri("/api/webchat/token", UriKind.Relative), null);
        tokenResponse.EnsureSuccessStatusCode();
        var tokenBody = await tokenResponse.Content.ReadFromJsonAsync<JsonElement>();
        Token = tokenBody.GetProperty("token").GetString();
        using var response = await SendAsync(HttpMethod.Post, "/v3/directline/conversations", new { user = new { id = UserId }, locale = "en-US" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Adopt(body);
        return body;
    }

    public void Adopt(JsonElement conversation)
    {
        ConversationId = conversation.GetProperty("conversationId").GetString();
        Token = conversation.GetProperty("token").GetString();
        StreamUrl = conversation.TryGetProperty("streamUrl", out var s) ? s.GetString() : null;
    }

    /// <summary>Posts a message like Web Chat: with a clientActivityID in channelData. Returns the HTTP answer.</summary>
    public Task<HttpResponseMessage> PostMessageAsync(string text, string? clientActivityId = null) =>
        SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{ConversationId}/activities", new
        {
            type = "message",
            text,
            textFormat = "plain",
            from = new { id = UserId, name = string.Empty, role = "user" },
            locale = "en-US",
            channelId = "webchat",
            channelData = new { clientActivityID = clientActivityId ?? Guid.NewGuid().ToString("N") },
        });

    public async Task<string> PostMessageIdAsync(string text, string? clientActivityId = null)
    {
        using var response = await PostMessageAsync(text, clientActivityId);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    public async Task<(IReadOnlyList<JsonElement> Activities, string Watermark)> GetActivitiesAsync(string? watermark)
    {
        using var response = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{ConversationId}/activities?watermark={watermark}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("activities").EnumerateArray().Select(a => a.Clone()).ToList(), body.GetProperty("watermark").GetString()!);
    }

    /// <summary>Polls until <paramref name="done"/> holds for everything received so far (generous deadline for a loaded machine).</summary>
    public async Task<List<JsonElement>> PollUntilAsync(Func<List<JsonElement>, bool> done, string? watermark = null)
    {
        var all = new List<JsonElement>();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var (activities, next) = await GetActivitiesAsync(watermark);
            all.AddRange(activities);
            watermark = next;
            if (done(all))
            {
                return all;
            }

            Assert.True(DateTime.UtcNow < deadline, "Timed out polling; received: " + string.Join(" | ", all.Select(a => a.GetProperty("id").GetString())));
            await Task.Delay(100);
        }
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null, string? bearer = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        var credential = bearer ?? Token;
        if (credential is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credential);
        }

        request.Headers.Add("x-ms-bot-agent", "DirectLine/3.0 (directlinejs; test)");
        if (body is not null)
        {
            request.Content = body as HttpContent ?? new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        }

        return await _http.SendAsync(request);
    }

    public void Dispose() => _http.Dispose();
}
