using System.Text.Json;
using BotService.Protocol.Schema;

namespace BotService.Testing.Transcripts;

/// <summary>
/// Reads and writes Emulator-format <c>.transcript</c> files: a JSON array of activities, UTF-8 without BOM
/// (protocol.md §4.4). The object form <c>{"transcript":[...]}</c> of the spec is read too.
/// </summary>
public static class TranscriptFile
{
    public static IReadOnlyList<Activity> Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Parse(stream);
    }

    public static IReadOnlyList<Activity> Parse(Stream stream)
    {
        using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = BotJson.MaxDepth });
        var array = document.RootElement.ValueKind switch
        {
            JsonValueKind.Array => document.RootElement,
            JsonValueKind.Object when document.RootElement.TryGetProperty("transcript", out var inner) => inner,
            _ => throw new InvalidDataException("A transcript is a JSON array of activities."),
        };
        return array.Deserialize<List<Activity>>(BotJson.Options) ?? [];
    }

    /// <summary>Writes activities as the Emulator saves them: an indented JSON array.</summary>
    public static void Save(string path, IEnumerable<Activity> activities)
    {
        var options = new JsonSerializerOptions(BotJson.Options) { WriteIndented = true, IndentSize = 2 };
        File.WriteAllBytes(path, JsonSerializer.SerializeToUtf8Bytes(activities.ToList(), options));
    }
}
