using System.Text.Json;
using BotService.Host.Tests.Support;
using BotService.Protocol.Schema;
using BotService.Protocol.State;
using BotService.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BotService.Host.Tests;

/// <summary>
/// A conversation in use for longer than stored state lives (Storage:ExpiryDays, 7) keeps its owner and its triage:
/// SQLite, with the clock moved by the test.
/// </summary>
public sealed class LongConversationTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("botservice-long-").FullName;
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
    private HostHarness? _harness;

    private HostHarness Harness => _harness!;

    public async Task InitializeAsync()
    {
        _harness = await HostHarness.StartAsync(
            new Dictionary<string, string?> { ["Storage:Provider"] = "Sqlite", ["Storage:SqlitePath"] = Path.Combine(_folder, "botstate.db") },
            services => services.AddSingleton<TimeProvider>(_clock));
        Assert.Contains("Do you have any of these as well?", await SayAsync("u2", "my left eyelid has been twitching for 4 days, lots of coffee"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherUserCannotTakeOverAConversationInUseLongerThanTheExpiry()
    {
        // Each reply changes the dialog state, which is written and so lives 7 days from then; the owner, written on the
        // first day only, expired on the seventh, and the next user id to write became the owner.
        foreach (var reply in new[] { "also stress at work", "and I sleep badly" })
        {
            _clock.Advance(TimeSpan.FromDays(3));
            Assert.Contains("any of these as well?", await SayAsync("u2", reply), StringComparison.Ordinal);
        }

        _clock.Advance(TimeSpan.FromDays(2));
        Assert.Contains(ConversationOwnerMiddleware.NotYourConversationText, await SayAsync("u9", "hi"), StringComparison.Ordinal);
        Assert.Equal("selfcare", Disposition(await SayAsync("u2", "none")));
    }

    [Fact]
    public async Task ATriageWhoseTurnsChangeNothingLivesWhileThePersonKeepsWriting()
    {
        // A side question answers and asks again without changing the stored dialog state, which was never written again.
        for (var day = 3; day <= 9; day += 3)
        {
            _clock.Advance(TimeSpan.FromDays(3));
            Assert.Contains("Back to your eyelid", await SayAsync("u2", "what causes twitching?"), StringComparison.Ordinal);
        }

        _clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal("selfcare", Disposition(await SayAsync("u2", "none")));
    }

    public async Task DisposeAsync()
    {
        if (_harness is not null)
        {
            await _harness.DisposeAsync();
        }

        Directory.Delete(_folder, recursive: true);
    }

    private static string? Disposition(string body)
    {
        using var replies = JsonDocument.Parse(body);
        return replies.RootElement.GetProperty("activities").EnumerateArray()
            .SelectMany(a => a.TryGetProperty("entities", out var e) ? e.EnumerateArray() : Enumerable.Empty<JsonElement>())
            .Single(e => e.GetProperty("type").GetString() == "triageOutcome")
            .GetProperty("disposition").GetString();
    }

    private async Task<string> SayAsync(string userId, string text)
    {
        var message = Harness.EmulatorActivity(ActivityTypes.Message, text);
        message.From = new ChannelAccount(userId, "User", RoleTypes.User);
        message.DeliveryMode = DeliveryModes.ExpectReplies;
        using var response = await Harness.PostAsync(message);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }
}
