using BotService.Protocol;
using BotService.Protocol.Schema;
using BotService.Protocol.Transcripts;
using BotService.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BotService.Protocol.Tests;

/// <summary><see cref="PersonalDataErasure"/> as the transcript logger sees it ("delete my data", issue 9).</summary>
public sealed class TranscriptErasureTests : IDisposable
{
    private const string Marker = "Tamarindlighthouse";
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("transcript-erase-");

    [Fact]
    public async Task AnErasingTurnDeletesTheTranscriptIsNotRecordedAndTheNextTurnStartsAFreshFile()
    {
        var store = new FileTranscriptStore(_folder.FullName);
        var adapter = Adapter(store, enabled: true, conversationId: "erase-me");
        var bystander = Adapter(store, enabled: true, conversationId: "keep-me");
        await adapter.SendTextToBotAsync($"hello {Marker}", Bot);
        await bystander.SendTextToBotAsync($"hello {Marker}", Bot);
        var path = store.PathFor(Channels.Test, "erase-me");
        Assert.Contains(Marker, await File.ReadAllTextAsync(path), StringComparison.Ordinal);

        var replies = await adapter.SendTextToBotAsync("forget me", Bot);

        Assert.Equal("forgotten", Assert.Single(replies).Text);
        Assert.False(File.Exists(path));
        Assert.Contains(Marker, await File.ReadAllTextAsync(store.PathFor(Channels.Test, "keep-me")), StringComparison.Ordinal);
        await adapter.SendTextToBotAsync("hello again", Bot);
        var fresh = await File.ReadAllTextAsync(path);
        Assert.Contains("hello again", fresh, StringComparison.Ordinal);
        Assert.DoesNotContain(Marker, fresh, StringComparison.Ordinal);
        Assert.DoesNotContain("forget", fresh, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATranscriptWrittenBeforeTranscriptsWereTurnedOffIsStillDeleted()
    {
        var store = new FileTranscriptStore(_folder.FullName);
        await Adapter(store, enabled: true, conversationId: "c1").SendTextToBotAsync($"hello {Marker}", Bot);
        var path = store.PathFor(Channels.Test, "c1");
        Assert.True(File.Exists(path));
        var off = Adapter(store, enabled: false, conversationId: "c1");

        await off.SendTextToBotAsync("hello", Bot);
        Assert.True(File.Exists(path));
        await off.SendTextToBotAsync("forget me", Bot);

        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task AnErasureRequestHoldsForItsOwnTurnOnly()
    {
        var adapter = new TestAdapter();
        var seen = new List<bool>();
        adapter.Use(new Probe(seen));

        await adapter.SendTextToBotAsync("forget me", Bot);
        await adapter.SendTextToBotAsync("hello", Bot);

        Assert.Equal([true, false], seen);
        Assert.False(await new FileTranscriptStore(_folder.FullName).DeleteAsync(Channels.Test, "never-written", CancellationToken.None));
    }

    public void Dispose() => _folder.Delete(recursive: true);

    /// <summary>A bot that asks for erasure on "forget me" and otherwise echoes.</summary>
    private static async Task Bot(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Text == "forget me")
        {
            PersonalDataErasure.Request(turnContext);
            await turnContext.SendActivityAsync("forgotten", cancellationToken: cancellationToken);
            return;
        }

        await turnContext.SendActivityAsync($"You said {turnContext.Activity.Text}", cancellationToken: cancellationToken);
    }

    private static TestAdapter Adapter(FileTranscriptStore store, bool enabled, string conversationId)
    {
        var adapter = new TestAdapter(conversationId: conversationId);
        var options = Options.Create(new TranscriptOptions { Enabled = enabled, Redact = false, Folder = store.Folder });
        adapter.Use(new TranscriptLoggerMiddleware(options, store, TimeProvider.System, NullLogger<TranscriptLoggerMiddleware>.Instance));
        return adapter;
    }

    private sealed class Probe(List<bool> seen) : IMiddleware
    {
        public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
        {
            await next(cancellationToken);
            seen.Add(PersonalDataErasure.IsRequested(turnContext));
        }
    }
}
