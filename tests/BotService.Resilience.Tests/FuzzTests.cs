using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using BotService.Resilience.Tests.Support;
using BotService.Testing.DirectLine;

namespace BotService.Resilience.Tests;

/// <summary>
/// Thousands of malformed activities (fixed seed, bounded count and time) against the real host: always a 4xx or a
/// handled turn, never a 500, the host still answers afterwards, and a marker planted in one conversation never
/// appears in the answers to anyone else.
/// </summary>
public sealed class FuzzTests
{
    private const int Seed = 20261121;
    private const string VictimText = "my left eyelid has been twitching for 37 days";
    private const string FindingMarker = "37 days";
    private static readonly TimeSpan TimeBudget = TimeSpan.FromMinutes(4);

    private static readonly Dictionary<string, string?> FuzzSettings = new()
    {
        // One client posting as fast as it can: the limits would answer most of it with 429 and hide the turn code.
        ["RateLimits:Enabled"] = "false",
        ["DirectLine:PostsPerMinute"] = "100000",
        ["DirectLine:PostBurst"] = "10000",
        ["DirectLine:ReadsPerMinute"] = "100000",
    };

    [Fact]
    public async Task HostileActivitiesOnTheMessagingEndpointGetA4xxOrAHandledTurnAndNeverAnotherConversationsData()
    {
        using var folder = new TempFolder();
        await using var host = RealHost.Start(folder.Path, FuzzSettings);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var victim = new BotConversation(http, host.BaseAddress, "victim-" + Guid.NewGuid().ToString("N"), "alice-" + Guid.NewGuid().ToString("N"));
        Assert.Contains(FindingMarker, BotConversation.Texts(await victim.SayAsync(VictimText)), StringComparison.Ordinal);

        var fuzz = new HostileActivities(Seed, victim.ConversationId, victim.UserId);
        var statuses = new Dictionary<int, int>();
        var clock = Stopwatch.StartNew();
        var sent = 0;
        for (; sent < 3000 && clock.Elapsed < TimeBudget; sent++)
        {
            var (body, label) = fuzz.Next();
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue(sent % 50 == 49 ? "text/plain" : "application/json");
            using var response = await http.PostAsync(new Uri(host.BaseAddress, "api/messages"), content);
            var answer = await response.Content.ReadAsStringAsync();
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            Assert.True(status < 500, $"#{sent} ({label}) got HTTP {status}: {Shorten(answer)}");
            Assert.True(status is 200 or (>= 400 and < 500), $"#{sent} ({label}) got HTTP {status}");
            AssertNoVictimData(answer, body, victim, $"#{sent} ({label})");
        }

        Assert.True(sent >= 500, $"only {sent} hostile requests fitted in the time budget");
        Assert.True(statuses.Keys.Count(s => s >= 400) >= 3, "expected several kinds of 4xx: " + string.Join(", ", statuses));
        Assert.True(statuses.GetValueOrDefault(200) > 0, "expected some handled turns");

        // Still serving, and the victim's conversation is intact: it carries on from where it was.
        var next = await victim.SayAsync("None of these");
        Assert.Contains(next, a => a.Type == "message");
        var fresh = new BotConversation(http, host.BaseAddress, "after-fuzz-" + Guid.NewGuid().ToString("N"));
        Assert.Equal("emergency", BotConversation.Disposition(await fresh.SayAsync("my arm is twitching and I have chest pain")));
    }

    [Fact]
    public async Task HostileRequestsOnTheDirectLineEndpointsGetA4xxAndNeverAnotherConversationsData()
    {
        using var folder = new TempFolder();
        await using var host = RealHost.Start(folder.Path, FuzzSettings);
        using var alice = new DirectLineTestClient(host.BaseAddress);
        using var mallory = new DirectLineTestClient(host.BaseAddress);
        await alice.StartAsync();
        await mallory.StartAsync();
        await alice.PostMessageIdAsync(VictimText);
        await alice.PollUntilAsync(all => all.Any(a => a.GetProperty("from").GetProperty("role").GetString() == "bot" && a.GetRawText().Contains(FindingMarker, StringComparison.Ordinal)));

        var fuzz = new HostileActivities(Seed + 1, alice.ConversationId!, alice.UserId);
        var hostileIds = HostileActivities.HostileIds(alice.ConversationId!, alice.UserId);
        var random = new Random(Seed);
        var clock = Stopwatch.StartNew();
        var sent = 0;
        for (; sent < 1500 && clock.Elapsed < TimeBudget; sent++)
        {
            var (method, path, body, bearer, label) = (random.Next(6)) switch
            {
                0 or 1 => Post($"/v3/directline/conversations/{mallory.ConversationId}/activities", fuzz.Next(), mallory.Token),
                2 => Post($"/v3/directline/conversations/{alice.ConversationId}/activities", fuzz.Next(), mallory.Token),
                3 => Post($"/v3/directline/conversations/{Uri.EscapeDataString(hostileIds[random.Next(hostileIds.Length)])}/activities", fuzz.Next(), mallory.Token),
                4 => (HttpMethod.Get, $"/v3/directline/conversations/{mallory.ConversationId}/activities?watermark={Uri.EscapeDataString(Pick(random, "-1", "abc", "99999999999999999999", "0", "", "1e9", "%00"))}", (byte[]?)null, mallory.Token, "watermark"),
                _ => Post(Pick(random, "/v3/directline/conversations", "/v3/directline/tokens/refresh", $"/v3/directline/conversations/{alice.ConversationId}/activities"),
                    fuzz.Next(), Pick(random, "x.y.z", "", "eyJhbGciOiJub25lIn0.eyJjb252IjoieCJ9.", mallory.Token!)),
            };
            using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
            if (!string.IsNullOrEmpty(bearer))
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
            }

            if (body is not null)
            {
                request.Content = new ByteArrayContent(body);
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            }

            using var response = await mallory.Http.SendAsync(request);
            var answer = await response.Content.ReadAsStringAsync();
            var status = (int)response.StatusCode;
            Assert.True(status < 500, $"#{sent} ({label} {method} {Shorten(path)}) got HTTP {status}: {Shorten(answer)}");
            Assert.DoesNotContain(FindingMarker, answer, StringComparison.Ordinal);
            var named = path.Contains(alice.UserId, StringComparison.Ordinal) || (body is not null && Encoding.UTF8.GetString(body).Contains(alice.UserId, StringComparison.Ordinal));
            Assert.True(named || !answer.Contains(alice.UserId, StringComparison.Ordinal), $"#{sent} ({label}): Alice's user id leaked");
        }

        Assert.True(sent >= 300, $"only {sent} hostile requests fitted in the time budget");

        // Mallory's own log holds nothing of Alice's, and Alice's conversation still works.
        // Read raw: Mallory's log holds the deeply nested activities the server accepted (depth up to 128).
        using var malloryLog = await mallory.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{mallory.ConversationId}/activities");
        Assert.Equal(HttpStatusCode.OK, malloryLog.StatusCode);
        var malloryText = await malloryLog.Content.ReadAsStringAsync();
        Assert.DoesNotContain(FindingMarker, malloryText, StringComparison.Ordinal);
        Assert.DoesNotContain(VictimText, malloryText, StringComparison.Ordinal);
        var (before, watermark) = await alice.GetActivitiesAsync(null);
        Assert.DoesNotContain(before, a => a.GetProperty("from").GetProperty("id").GetString()?.StartsWith("mallory", StringComparison.Ordinal) == true);
        await alice.PostMessageIdAsync("None of these");
        await alice.PollUntilAsync(all => all.Any(a => a.GetProperty("from").GetProperty("role").GetString() == "bot"), watermark);
    }

    private static (HttpMethod, string, byte[]?, string?, string) Post(string path, (byte[] Body, string Label) body, string? bearer) =>
        (HttpMethod.Post, path, body.Body, bearer, body.Label);

    private static void AssertNoVictimData(string answer, byte[] request, BotConversation victim, string what)
    {
        Assert.False(answer.Contains(FindingMarker, StringComparison.Ordinal), $"{what}: the victim's finding leaked: {Shorten(answer)}");
        var sent = Encoding.UTF8.GetString(request);
        var sentVictimUser = sent.Contains(victim.UserId, StringComparison.Ordinal);
        Assert.True(sentVictimUser || !answer.Contains(victim.UserId, StringComparison.Ordinal), $"{what}: the victim's user id leaked");
        var sentVictimConversation = sent.Contains(victim.ConversationId, StringComparison.Ordinal);
        Assert.True(sentVictimConversation || !answer.Contains(victim.ConversationId, StringComparison.Ordinal), $"{what}: the victim's conversation id leaked");
    }

    private static T Pick<T>(Random random, params T[] choices) => choices[random.Next(choices.Length)];

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + "..." : text;
}
