using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BotService.Testing.DirectLine;

namespace BotService.DirectLine.Tests;

/// <summary>
/// A user id a client gives Direct Line becomes part of the bot's state keys, so one no key can hold (a NUL, which
/// PostgreSQL text cannot store, or over 512 UTF-8 bytes) is a 400 at once, not a turn that fails on the store.
/// </summary>
public sealed class UnusableIdTests : IAsyncLifetime
{
    private static readonly string TooLong = new('u', 513);
    private DirectLineTestServer _server = null!;
    private DirectLineTestClient _client = null!;

    public static TheoryData<string> UnusableIds => new() { "a\0b", "\0", "line\nbreak", TooLong };

    public async Task InitializeAsync()
    {
        _server = await DirectLineTestServer.StartAsync();
        _client = _server.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Theory]
    [MemberData(nameof(UnusableIds))]
    public async Task StartingAConversationWithTheSecretAndSuchAUserIdGets400(string userId)
    {
        using var response = await _client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", new { user = new { id = userId } }, DirectLineTestServer.Secret);
        await AssertBadArgumentAsync(response, "user.id");
    }

    [Theory]
    [MemberData(nameof(UnusableIds))]
    public async Task StartingAConversationWithAUserlessTokenAndSuchAUserIdGets400(string userId)
    {
        await AdoptUserlessTokenAsync();
        using var response = await _client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", new { user = new { id = userId } });
        await AssertBadArgumentAsync(response, "user.id");
    }

    [Theory]
    [MemberData(nameof(UnusableIds))]
    public async Task GeneratingATokenForSuchAUserIdGets400(string userId)
    {
        using var response = await _client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", new { user = new { id = userId } }, DirectLineTestServer.Secret);
        await AssertBadArgumentAsync(response, "user.id");
    }

    [Theory]
    [MemberData(nameof(UnusableIds))]
    public async Task PostingAnActivityFromSuchAUserIdGets400AndIsNotStored(string userId)
    {
        await AdoptUserlessTokenAsync();
        using (var start = await _client.SendAsync(HttpMethod.Post, "/v3/directline/conversations"))
        {
            Assert.Equal(HttpStatusCode.Created, start.StatusCode);
        }

        var before = (await _client.GetActivitiesAsync(string.Empty)).Activities.Count;
        using var response = await _client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{_client.ConversationId}/activities",
            new { type = "message", text = "hi", from = new { id = userId } });

        await AssertBadArgumentAsync(response, "from.id");
        Assert.Equal(before, (await _client.GetActivitiesAsync(string.Empty)).Activities.Count);
    }

    /// <summary>A token bound to a conversation but to no user: the user id then comes from the request bodies.</summary>
    private async Task AdoptUserlessTokenAsync()
    {
        using var generated = await _client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", bearer: DirectLineTestServer.Secret);
        Assert.Equal(HttpStatusCode.OK, generated.StatusCode);
        _client.Adopt(await generated.Content.ReadFromJsonAsync<JsonElement>());
    }

    private static async Task AssertBadArgumentAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error");
        Assert.Equal("BadArgument", error.GetProperty("code").GetString());
        Assert.Contains($"{field} is not a usable id", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
