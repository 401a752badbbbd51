using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BotService.Testing.DirectLine;
using BotService.Testing.Hosting;
using BotService.Testing.Postgres;
using Xunit.Abstractions;

namespace BotService.DirectLine.Tests;

/// <summary>
/// Scale-out: two host processes share one PostgreSQL database. A page holds its WebSocket on instance A while the
/// load balancer sends its posts to instance B; A's stream must carry B's echo and the bot's replies produced on B,
/// woken by LISTEN/NOTIFY (A's keep-alive re-read is set far beyond the wait, so only NOTIFY can deliver in time).
/// </summary>
public sealed class TwoInstancesOnPostgresTests(PostgresServerFixture postgres, ITestOutputHelper output) : IClassFixture<PostgresServerFixture>, IAsyncLifetime
{
    private HostProcess _a = null!;
    private HostProcess _b = null!;

    public async Task InitializeAsync()
    {
        var database = await postgres.DatabaseForAsync<TwoInstancesOnPostgresTests>();
        var settings = new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Postgres",
            ["ConnectionStrings__Postgres"] = database,
            ["DirectLine__TokenSigningKey"] = DirectLineTestServer.SigningKey,
            ["DirectLine__KeepAliveSeconds"] = "300",
        };
        var starting = new[] { DirectLineHostProcess.StartAsync(settings), DirectLineHostProcess.StartAsync(settings) };
        try
        {
            var started = await Task.WhenAll(starting);
            (_a, _b) = (started[0], started[1]);
        }
        catch
        {
            foreach (var task in starting.Where(t => t.IsCompletedSuccessfully))
            {
                await task.Result.DisposeAsync();
            }

            throw;
        }
    }

    public async Task DisposeAsync()
    {
        // The instances' warnings and errors, for when a test fails.
        output.WriteLine("Instance A:\n" + _a.Output + "\nInstance B:\n" + _b.Output);
        await _a.DisposeAsync();
        await _b.DisposeAsync();
    }

    [Fact]
    public async Task APageStreamingFromOneInstanceReceivesRepliesProducedOnTheOther()
    {
        using var onA = _a.CreateClient();
        await onA.StartAsync();
        await using var stream = await DirectLineStream.ConnectAsync(onA.StreamUrl!);
        var welcome = await stream.ReceiveUntilAsync(a => a.Count >= 1);

        using var onB = _b.CreateClient();
        (onB.Token, onB.ConversationId) = (onA.Token, onA.ConversationId);
        var postedOnB = await onB.PostMessageIdAsync("posted through B", "c-b");
        var seenOnA = await stream.ReceiveUntilAsync(a => a.Count >= 2, TimeSpan.FromSeconds(60));

        Assert.Equal(ScriptedTestBot.Welcome, welcome[0].GetProperty("text").GetString());
        Assert.Equal(postedOnB, seenOnA[0].GetProperty("id").GetString());
        Assert.Equal("c-b", seenOnA[0].GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.Equal("Received posted through B", seenOnA[1].GetProperty("text").GetString());
        Assert.Equal(postedOnB, seenOnA[1].GetProperty("replyToId").GetString());
    }

    [Fact]
    public async Task BothInstancesInterleavingPostsKeepOneOrderedLogWithoutGapsOrDuplicates()
    {
        using var onA = _a.CreateClient();
        await onA.StartAsync();
        using var onB = _b.CreateClient();
        (onB.Token, onB.ConversationId) = (onA.Token, onA.ConversationId);

        var posts = Enumerable.Range(1, 10).Select(i => (i % 2 == 0 ? onA : onB).PostMessageIdAsync($"message {i}"));
        await Task.WhenAll(posts);
        var fromA = await onA.PollUntilAsync(a => a.Count >= 21, "0");
        var (fromB, watermarkB) = await onB.GetActivitiesAsync("0");

        Assert.Equal(fromA.Select(a => a.GetProperty("id").GetString()), fromB.Select(a => a.GetProperty("id").GetString()));

        // The welcome, ten posts and ten replies, in one strictly increasing order with nothing twice. Sequence numbers
        // need not be consecutive: on a slow turn a typing indicator takes one, and polling never returns typing.
        var sequence = fromA.Select(a => long.Parse(a.GetProperty("id").GetString()!.Split('|')[1], CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(21, sequence.Count);
        Assert.Equal(sequence.Order().Distinct(), sequence);
        Assert.True(long.Parse(watermarkB!, CultureInfo.InvariantCulture) >= sequence[^1], $"watermark {watermarkB} is before the last message");
        var stamps = fromA.Select(a => a.GetProperty("timestamp").GetDateTimeOffset()).ToList();
        Assert.Equal(stamps.Order(), stamps);
    }

    [Fact]
    public async Task ATokenFromOneInstanceIsHonouredByTheOtherAndRefreshWorksAcrossThem()
    {
        using var onA = _a.CreateClient();
        await onA.StartAsync();
        using var onB = _b.CreateClient();
        onB.Token = onA.Token;

        using var refresh = await onB.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh");
        var body = await refresh.Content.ReadFromJsonAsync<JsonElement>();
        onA.Token = body.GetProperty("token").GetString();
        var (activities, _) = await onA.GetActivitiesAsync(string.Empty);

        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
        Assert.Equal(ScriptedTestBot.Welcome, Assert.Single(activities).GetProperty("text").GetString());
    }
}
