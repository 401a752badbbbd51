using System.Text.Json;
using BotService.Protocol.Schema;
using BotService.Protocol.Transcripts;
using BotService.Resilience.Tests.Support;
using BotService.Testing.Hosting;

namespace BotService.Resilience.Tests;

/// <summary>Transcripts are off unless configured, redacted when on, complete when redaction is turned off, and never fail a turn.</summary>
public sealed class TranscriptTests
{
    private const string Marker = "Quillonberry";

    [Fact]
    public async Task NoTranscriptIsWrittenUnlessConfigured()
    {
        using var folder = new TempFolder();
        var transcripts = Path.Combine(folder.Path, "transcripts");
        await using var host = RealHost.Start(folder.Path, new Dictionary<string, string?> { ["Transcripts:Folder"] = transcripts });

        await PlayAsync(host.BaseAddress, "off");

        Assert.False(Directory.Exists(transcripts) && Directory.EnumerateFiles(transcripts).Any());
    }

    [Fact]
    public async Task AnEnabledTranscriptIsAnEmulatorTranscriptWithNeitherTheUsersWordsNorTheFindings()
    {
        using var folder = new TempFolder();
        var transcripts = Path.Combine(folder.Path, "transcripts");
        await using var host = RealHost.Start(folder.Path, new Dictionary<string, string?>
        {
            ["Transcripts:Enabled"] = "true",
            ["Transcripts:Folder"] = transcripts,
        });

        var conversationId = await PlayAsync(host.BaseAddress, "redacted");

        var file = Assert.Single(Directory.EnumerateFiles(transcripts, "*.transcript"));
        var raw = await File.ReadAllTextAsync(file);
        var activities = JsonSerializer.Deserialize<List<Activity>>(raw, BotJson.Options)!;
        Assert.Equal(3, activities.Count(a => a.From?.Role == RoleTypes.User));
        Assert.True(activities.Count(a => a.From?.Role == RoleTypes.Bot) >= 3);
        Assert.All(activities, a => Assert.Equal(conversationId, a.Conversation?.Id));
        Assert.Contains(activities, a => a.Entities?.Any(e => e.Type == "triageOutcome") == true);
        Assert.DoesNotContain(Marker, raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("37 days", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("eyelid", raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("disposition", raw, StringComparison.Ordinal);
        Assert.Contains("[redacted:", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithRedactionOffTheTranscriptHoldsTheWholeConversation()
    {
        using var folder = new TempFolder();
        var transcripts = Path.Combine(folder.Path, "transcripts");
        await using var host = StartUnredacted(folder.Path, transcripts);

        await PlayAsync(host.BaseAddress, "full");

        var raw = await File.ReadAllTextAsync(Assert.Single(Directory.EnumerateFiles(transcripts, "*.transcript")));
        Assert.Contains(Marker, raw, StringComparison.Ordinal);
        Assert.Contains("\"disposition\"", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteMyDataDeletesTheConversationsTranscriptAndTheNextTurnStartsANewOneWithoutTheEarlierWords()
    {
        using var folder = new TempFolder();
        var transcripts = Path.Combine(folder.Path, "transcripts");
        await using var host = StartUnredacted(folder.Path, transcripts);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var conversation = new BotConversation(http, host.BaseAddress, $"transcript-erase-{Guid.NewGuid():N}");
        var bystander = new BotConversation(http, host.BaseAddress, $"transcript-bystander-{Guid.NewGuid():N}");
        await conversation.SayAsync($"my left eyelid has been twitching for 37 days after {Marker} pie");
        await bystander.SayAsync($"my calf twitches after {Marker} soup");
        var store = host.Service<FileTranscriptStore>();
        var path = store.PathFor(conversation.ChannelId, conversation.ConversationId);
        Assert.Contains(Marker, await File.ReadAllTextAsync(path), StringComparison.Ordinal);

        var answer = BotConversation.Texts(await conversation.SayAsync("delete my data"));

        Assert.Contains(BotService.Dialogs.Text.BotText.DataDeleted, answer, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
        Assert.Contains(Marker, await File.ReadAllTextAsync(store.PathFor(bystander.ChannelId, bystander.ConversationId)), StringComparison.Ordinal);

        await conversation.SayAsync("my thumb has been twitching");
        var raw = await File.ReadAllTextAsync(path);
        var activities = JsonSerializer.Deserialize<List<Activity>>(raw, BotJson.Options)!;
        Assert.Equal(["my thumb has been twitching"], activities.Where(a => a.From?.Role == RoleTypes.User).Select(a => a.Text));
        Assert.DoesNotContain(Marker, raw, StringComparison.Ordinal);
        Assert.DoesNotContain("37 days", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATranscriptThatCannotBeWrittenNeverFailsTheTurn()
    {
        using var folder = new TempFolder();
        var blocked = Path.Combine(folder.Path, "not-a-folder");
        await File.WriteAllTextAsync(blocked, "a file where the folder should be");
        await using var host = RealHost.Start(folder.Path, new Dictionary<string, string?>
        {
            ["Transcripts:Enabled"] = "true",
            ["Transcripts:Folder"] = blocked,
        });

        await PlayAsync(host.BaseAddress, "blocked");
    }

    [Fact]
    public void TheFileNameIsAHashSoNoConversationIdCanNameAPath()
    {
        var store = new FileTranscriptStore("/tmp/transcripts");

        foreach (var id in new[] { "../../etc/passwd", "%00", "a/b", new string('x', 5000) })
        {
            var path = store.PathFor("directline", id);
            Assert.Equal("/tmp/transcripts", Path.GetDirectoryName(path));
            Assert.Matches("^[0-9a-f]{32}\\.transcript$", Path.GetFileName(path));
        }
    }

    /// <summary>A whole triage conversation (three turns, a disposition on the way); returns its id.</summary>
    /// <summary>The real host with transcripts on and redaction off, so a test can look for the words themselves.</summary>
    private static BotHostFactory<Program> StartUnredacted(string folder, string transcripts) => RealHost.Start(folder, new Dictionary<string, string?>
    {
        ["Transcripts:Enabled"] = "true",
        ["Transcripts:Redact"] = "false",
        ["Transcripts:Folder"] = transcripts,
    });

    private static async Task<string> PlayAsync(Uri baseAddress, string name)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var conversation = new BotConversation(http, baseAddress, $"transcript-{name}-{Guid.NewGuid():N}");
        var replies = new List<Activity>();
        replies.AddRange(await conversation.SayAsync($"my left eyelid has been twitching for 37 days after {Marker} pie"));
        replies.AddRange(await conversation.SayAsync("None of these"));
        replies.AddRange(await conversation.SayAsync("None of these"));
        Assert.NotNull(BotConversation.Disposition(replies));
        return conversation.ConversationId;
    }
}
