using BotService.DirectLine.Storage;
using BotService.Protocol.Schema;
using BotService.Testing;
using BotService.Testing.DirectLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BotService.DirectLine.Tests;

/// <summary>The SQLite log survives restarts and keeps order; configuration mistakes stop the host at start.</summary>
public sealed class StorageAndOptionsTests
{
    [Fact]
    public async Task AConversationOnSqliteContinuesAfterTheHostRestarts()
    {
        string contentRoot, token, conversationId;
        await using (var first = await DirectLineTestServer.StartAsync())
        {
            using var client = first.CreateClient();
            await client.StartAsync();
            await client.PostMessageIdAsync("before restart");
            (contentRoot, token, conversationId) = (first.ContentRoot, client.Token!, client.ConversationId!);
        }

        await using var second = await DirectLineTestServer.StartAsync(contentRoot: contentRoot);
        using var resumed = second.CreateClient();
        resumed.Token = token;
        resumed.ConversationId = conversationId;
        await resumed.PostMessageIdAsync("after restart");
        var (activities, watermark) = await resumed.GetActivitiesAsync(string.Empty);

        Assert.True(File.Exists(Path.Combine(contentRoot, "data", "directline.db")));
        Assert.Equal([ScriptedTestBot.Welcome, "before restart", "Received before restart", "after restart", "Received after restart"],
            activities.Select(a => a.GetProperty("text").GetString()));
        Assert.Equal("5", watermark);
    }

    [Fact]
    public async Task TheMemoryProviderServesAWholeConversation()
    {
        await using var server = await DirectLineTestServer.StartAsync(new Dictionary<string, string?> { ["Storage:Provider"] = "Memory" });
        using var client = server.CreateClient();
        await client.StartAsync();

        await client.PostMessageIdAsync("in memory");
        var (activities, watermark) = await client.GetActivitiesAsync(string.Empty);

        Assert.IsType<MemoryActivityLog>(server.Services.GetService(typeof(IActivityLog)));
        Assert.Equal([ScriptedTestBot.Welcome, "in memory", "Received in memory"], activities.Select(a => a.GetProperty("text").GetString()));
        Assert.Equal("3", watermark);
        Assert.False(Directory.Exists(Path.Combine(server.ContentRoot, "data")));
    }

    [Fact]
    public async Task TimestampsNeverGoBackwardsEvenWhenTheClockDoes()
    {
        var time = new ManualTimeProvider(new DateTimeOffset(2026, 11, 21, 8, 0, 0, TimeSpan.Zero));
        var log = new SqliteActivityLog(Path.Combine(Directory.CreateTempSubdirectory("directline-log-").FullName, "log.db"), time);
        await log.CreateConversationAsync("c1", CancellationToken.None);

        var first = await log.AppendAsync("c1", new Activity { Type = ActivityTypes.Message }, CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(-5));
        var second = await log.AppendAsync("c1", new Activity { Type = ActivityTypes.Message }, CancellationToken.None);

        Assert.True(second.Timestamp > first.Timestamp);
        Assert.Equal(("c1|0000001", "c1|0000002"), (first.Id, second.Id));
    }

    [Fact]
    public async Task ConversationsIdleLongerThanTheRetentionAreDeletedWithTheirActivities()
    {
        var time = new ManualTimeProvider(new DateTimeOffset(2026, 11, 21, 8, 0, 0, TimeSpan.Zero));
        var log = new SqliteActivityLog(Path.Combine(Directory.CreateTempSubdirectory("directline-log-").FullName, "log.db"), time);
        await log.CreateConversationAsync("old", CancellationToken.None);
        await log.AppendAsync("old", new Activity { Type = ActivityTypes.Message }, CancellationToken.None);
        time.Advance(TimeSpan.FromDays(6));
        await log.CreateConversationAsync("recent", CancellationToken.None);
        time.Advance(TimeSpan.FromDays(2));

        var deleted = await log.DeleteExpiredAsync(time.GetUtcNow() - TimeSpan.FromDays(7), CancellationToken.None);

        Assert.Equal(1, deleted);
        Assert.Null(await log.GetConversationAsync("old", CancellationToken.None));
        Assert.Empty(await log.ReadAsync("old", 0, 10, CancellationToken.None));
        Assert.NotNull(await log.GetConversationAsync("recent", CancellationToken.None));
    }

    [Fact]
    public async Task AConversationIsDeletedOnlyWhenIdleForTheWholeRetentionThoughItsIndexedMarkMovesHourly()
    {
        var time = new ManualTimeProvider(new DateTimeOffset(2026, 11, 21, 8, 0, 0, TimeSpan.Zero));
        var log = new SqliteActivityLog(Path.Combine(Directory.CreateTempSubdirectory("directline-log-").FullName, "log.db"), time);
        await log.CreateConversationAsync("c", CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(30));
        await log.AppendAsync("c", new Activity { Type = ActivityTypes.Message }, CancellationToken.None);

        // Idle for 7 days from its creation, but not from its last message 30 minutes later.
        time.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(20));
        Assert.Equal(0, await log.DeleteExpiredAsync(time.GetUtcNow() - TimeSpan.FromDays(7), CancellationToken.None));
        time.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(1, await log.DeleteExpiredAsync(time.GetUtcNow() - TimeSpan.FromDays(7), CancellationToken.None));
    }

    [Fact]
    public async Task ASweepOfMoreConversationsThanOneBatchDeletesThemAllAndKeepsTheRecentOnes()
    {
        var time = new ManualTimeProvider(new DateTimeOffset(2026, 11, 21, 8, 0, 0, TimeSpan.Zero));
        var log = new SqliteActivityLog(Path.Combine(Directory.CreateTempSubdirectory("directline-log-").FullName, "log.db"), time);
        var expired = (2 * SqliteActivityLog.ExpiryBatch) + 7;
        for (var i = 0; i < expired; i++)
        {
            await log.CreateConversationAsync($"old-{i}", CancellationToken.None);
            await log.AppendAsync($"old-{i}", new Activity { Type = ActivityTypes.Message, Text = "words" }, CancellationToken.None);
        }

        time.Advance(TimeSpan.FromDays(8));
        await log.CreateConversationAsync("recent", CancellationToken.None);

        var deleted = await log.DeleteExpiredAsync(time.GetUtcNow() - TimeSpan.FromDays(7), CancellationToken.None);

        Assert.Equal(expired, deleted);
        Assert.Null(await log.GetConversationAsync($"old-{expired - 1}", CancellationToken.None));
        Assert.Empty(await log.ReadAsync("old-0", 0, 10, CancellationToken.None));
        Assert.NotNull(await log.GetConversationAsync("recent", CancellationToken.None));
    }

    [Theory]
    [InlineData("Postgres", "Host=127.0.0.1", "", "TokenSigningKey must be configured")]
    [InlineData("Postgres", "", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=", "ConnectionStrings:Postgres is empty")]
    [InlineData("Redis", "", "", "Storage:Provider must be one of")]
    [InlineData("Sqlite", "", "c2hvcnQ=", "at least 32 bytes")]
    public void MisconfigurationIsRejectedWithAClearMessage(string provider, string connection, string key, string expected)
    {
        var options = new DirectLineOptions { StorageProvider = provider, PostgresConnectionString = connection, TokenSigningKey = key };

        var result = new DirectLineOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHostWithAnInvalidSecretDoesNotStart()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            DirectLineTestServer.StartAsync(new Dictionary<string, string?> { ["DirectLine:Secret"] = "short", ["DirectLine:AllowedOrigins:0"] = "https://x.example/path" }));

        Assert.Contains("Secret", error.Message, StringComparison.Ordinal);
        Assert.Contains("AllowedOrigins", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheBannerNumberFollowsTheTriageDefaultRegionUnlessSetForThePage()
    {
        var triage = new Dictionary<string, string?>
        {
            ["Triage:DefaultRegion"] = "uk",
            ["Triage:Regions:uk:EmergencyNumber"] = "999",
            ["DirectLine:Page:EmergencyNumber"] = string.Empty,
        };
        await using var following = await DirectLineTestServer.StartAsync(triage);
        triage["DirectLine:Page:EmergencyNumber"] = "112";
        await using var overridden = await DirectLineTestServer.StartAsync(triage);

        Assert.Equal("999", following.Services.GetRequiredService<IOptions<DirectLineOptions>>().Value.Page.EmergencyNumber);
        Assert.Equal("112", overridden.Services.GetRequiredService<IOptions<DirectLineOptions>>().Value.Page.EmergencyNumber);
    }

    [Fact]
    public void TheDefaultsMatchDirectLine()
    {
        var options = new DirectLineOptions();

        Assert.Equal((1800, 7, "Sqlite"), (options.TokenLifetimeSeconds, options.RetentionDays, options.StorageProvider));
        Assert.True(new DirectLineOptionsValidator().Validate(null, options).Succeeded);
    }
}
