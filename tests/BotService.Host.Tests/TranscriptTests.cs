using System.Net.Http.Json;
using BotService.Host.Tests.Support;
using BotService.Protocol.Schema;
using BotService.Testing.Transcripts;

namespace BotService.Host.Tests;

/// <summary>Emulator-format .transcript files replayed against the real host; the same files open in the Emulator.</summary>
public sealed class TranscriptTests
{
    public static TheoryData<string> Transcripts()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Transcripts"), "*.transcript"))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Transcripts))]
    public async Task ReplaysTheTranscriptWithTheSameReplies(string file)
    {
        await using var harness = await HostHarness.StartAsync();
        var transcript = TranscriptFile.Load(Path.Combine(AppContext.BaseDirectory, "Transcripts", file));

        await TranscriptReplayer.ReplayAsync(transcript, async activity =>
        {
            activity.ServiceUrl = harness.Channel.ServiceUrl;
            activity.DeliveryMode = DeliveryModes.ExpectReplies;
            using var response = await harness.PostAsync(activity);
            response.EnsureSuccessStatusCode();
            var replies = await response.Content.ReadFromJsonAsync<ExpectedReplies>(BotJson.Options);
            return replies!.Activities;
        });
    }
}
