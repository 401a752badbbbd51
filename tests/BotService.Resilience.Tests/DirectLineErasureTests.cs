using System.Text.Json;
using BotService.Dialogs.Text;
using BotService.Resilience.Tests.Support;
using BotService.Testing.DirectLine;
using BotService.Testing.Postgres;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace BotService.Resilience.Tests;

/// <summary>
/// "delete my data" over the real Direct Line endpoints with the real bot (issue 9): the activity log keeps only the
/// confirmation, the conversation goes on, and a turn on /api/messages never erases a Direct Line conversation.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class DirectLineErasureTests(PostgresServerFixture postgres)
{
    private const string Marker = "Periwinklegrotto";

    public static TheoryData<string> Providers => new() { "Sqlite", "Postgres" };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AfterDeleteMyDataTheConversationReadFromTheStartHoldsOnlyTheConfirmation(string provider)
    {
        using var folder = new TempFolder();
        var (host, baseAddress, rowsWithMarker) = await StartAsync(provider, folder.Path);
        await using var running = host;
        using var client = new DirectLineTestClient(baseAddress);
        await TellAboutTheMarkerAsync(client);
        Assert.True(await rowsWithMarker(client.ConversationId!) >= 1);

        var requestId = await client.PostMessageIdAsync("delete my data");
        var (activities, watermark) = await client.GetActivitiesAsync("0");

        var confirmation = Assert.Single(activities);
        Assert.Equal(BotText.DataDeleted, confirmation.GetProperty("text").GetString());
        Assert.Equal(requestId, confirmation.GetProperty("replyToId").GetString());
        Assert.Equal("bot", confirmation.GetProperty("from").GetProperty("role").GetString());
        Assert.True(long.Parse(watermark, System.Globalization.CultureInfo.InvariantCulture) > Seq(requestId));
        Assert.Equal(0, await rowsWithMarker(client.ConversationId!));
        Assert.Equal(activities, (await client.GetActivitiesAsync(string.Empty)).Activities, JsonEquality.Instance);
    }

    [Fact]
    public async Task TheConversationKeepsWorkingAfterDeleteMyDataWithWatermarksStillIncreasing()
    {
        using var folder = new TempFolder();
        await using var host = RealHost.Start(folder.Path);
        using var client = new DirectLineTestClient(host.BaseAddress);
        await TellAboutTheMarkerAsync(client);
        var requestId = await client.PostMessageIdAsync("delete my data");
        var (_, afterErasure) = await client.GetActivitiesAsync("0");

        var nextId = await client.PostMessageIdAsync("my calf has been twitching");
        var fresh = await client.PollUntilAsync(all => all.Any(IsReplyTo(nextId)), afterErasure);
        var (everything, last) = await client.GetActivitiesAsync("0");

        Assert.True(Seq(nextId) > Seq(requestId));
        Assert.Equal(nextId, fresh[0].GetProperty("id").GetString());
        Assert.Contains("how long", string.Join('\n', fresh.Select(Text)), StringComparison.OrdinalIgnoreCase);
        Assert.True(long.Parse(last, System.Globalization.CultureInfo.InvariantCulture) > long.Parse(afterErasure, System.Globalization.CultureInfo.InvariantCulture));
        var ids = everything.Select(a => Seq(a.GetProperty("id").GetString()!)).ToList();
        Assert.Equal(ids.Order(), ids);
        Assert.Equal(BotText.DataDeleted, Text(everything[0]));
        Assert.DoesNotContain(everything, a => a.GetRawText().Contains(Marker, StringComparison.Ordinal));
    }

    [Fact]
    public async Task DeleteMyDataOnApiMessagesWithADirectLineConversationsIdLeavesThatConversationsLogAlone()
    {
        using var folder = new TempFolder();
        var (host, baseAddress, rowsWithMarker) = await StartAsync("Sqlite", folder.Path);
        await using var running = host;
        using var client = new DirectLineTestClient(baseAddress);
        await TellAboutTheMarkerAsync(client);
        var (before, _) = await client.GetActivitiesAsync("0");
        var directLineUser = before.First(a => a.GetProperty("from").GetProperty("role").GetString() == "user").GetProperty("from").GetProperty("id").GetString()!;

        // Same channel id, conversation id and user as the Direct Line conversation, so the bot really runs the
        // command (and asks for erasure) in a turn that the Direct Line adapter never saw.
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var impostor = new BotConversation(http, baseAddress, client.ConversationId!, directLineUser);
        Assert.Contains(BotText.DataDeleted, BotConversation.Texts(await impostor.SayAsync("delete my data")), StringComparison.Ordinal);

        var (after, _) = await client.GetActivitiesAsync("0");
        Assert.Equal(before, after, JsonEquality.Instance);
        Assert.Contains(after, a => a.GetRawText().Contains(Marker, StringComparison.Ordinal));
        Assert.True(await rowsWithMarker(client.ConversationId!) >= 1);
    }

    /// <summary>Starts the conversation and tells the bot something with the marker in it; waits for the answer.</summary>
    private static async Task TellAboutTheMarkerAsync(DirectLineTestClient client)
    {
        await client.StartAsync();
        var id = await client.PostMessageIdAsync($"my left eyelid has been twitching for 37 days since the {Marker} trip");
        await client.PollUntilAsync(all => all.Any(IsReplyTo(id)));
    }

    /// <summary>
    /// The real host on a SQLite folder (in the test process), or on PostgreSQL as its own process (the host reads its
    /// storage provider before a test's in-process settings apply); plus a count of stored rows holding the marker.
    /// </summary>
    private async Task<(IAsyncDisposable Host, Uri BaseAddress, Func<string, Task<int>> RowsWithMarker)> StartAsync(string provider, string folder)
    {
        if (provider == "Sqlite")
        {
            var host = RealHost.Start(folder);
            var path = Path.Combine(folder, "directline.db");
            return (host, host.BaseAddress, id => Task.FromResult(SqliteRowsWithMarker(path, id)));
        }

        var database = await postgres.DatabaseForAsync<DirectLineErasureTests>();
        var process = await BotHostProcess.StartAsync(ProcessRestartTests.PostgresEnvironment(database));
        return (process, process.BaseAddress, async id =>
        {
            await using var source = NpgsqlDataSource.Create(database);
            await using var command = source.CreateCommand("SELECT count(*) FROM directline_activities WHERE conversation_id = $1 AND strpos(json, $2) > 0");
            command.Parameters.Add(new() { Value = id });
            command.Parameters.Add(new() { Value = Marker });
            return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        });
    }

    private static int SqliteRowsWithMarker(string path, string conversationId)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM directline_activities WHERE conversation_id = $id AND instr(json, $m) > 0";
        command.Parameters.AddWithValue("$id", conversationId);
        command.Parameters.AddWithValue("$m", Marker);
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static Func<JsonElement, bool> IsReplyTo(string id) =>
        a => a.GetProperty("from").GetProperty("role").GetString() == "bot" && a.TryGetProperty("replyToId", out var r) && r.GetString() == id;

    private static string? Text(JsonElement activity) => activity.TryGetProperty("text", out var t) ? t.GetString() : null;

    private static long Seq(string id) => long.Parse(id[(id.LastIndexOf('|') + 1)..], System.Globalization.CultureInfo.InvariantCulture);

    private sealed class JsonEquality : IEqualityComparer<JsonElement>
    {
        public static readonly JsonEquality Instance = new();

        public bool Equals(JsonElement x, JsonElement y) => x.GetRawText() == y.GetRawText();

        public int GetHashCode(JsonElement obj) => obj.GetRawText().GetHashCode(StringComparison.Ordinal);
    }
}
