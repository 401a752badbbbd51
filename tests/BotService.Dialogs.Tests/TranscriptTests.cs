using BotService.Dialogs.Tests.Support;
using BotService.Testing.Transcripts;

namespace BotService.Dialogs.Tests;

/// <summary>
/// The three conversations of conversation-examples.md as Emulator .transcript files (Transcripts/), replayed
/// against the bot: every reply's text and buttons must match. They were recorded from the bot and read against
/// the examples; ConversationExampleTests checks the properties that matter one by one.
/// </summary>
public sealed class TranscriptTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Transcripts"), "*.transcript").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task ReplaysTheConversationWithTheSameReplies(string file)
    {
        using var bot = new BotHarness();
        var transcript = TranscriptFile.Load(Path.Combine(AppContext.BaseDirectory, "Transcripts", file));
        await TranscriptReplayer.ReplayAsync(transcript, bot.SendAsync);
    }
}
