using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotService.Dialogs.Tests.Support;

/// <summary>A case of the triage helper's case files (Cases/*.json): user messages, expected and lowest safe level.</summary>
public sealed record TriageCase(string Id, string? Row, string? Text, IReadOnlyList<string>? Messages, string Expected, string LowestSafe)
{
    public IReadOnlyList<string> Turns => Messages ?? (Text is null ? [] : [Text]);

    public override string ToString() => Id;

    public static IReadOnlyList<TriageCase> Load(string fileName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Cases", fileName);
        var file = JsonSerializer.Deserialize<CaseFile>(File.ReadAllText(path), Options)
            ?? throw new InvalidOperationException($"{fileName} is empty.");
        return file.Cases;
    }

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    private sealed record CaseFile([property: JsonPropertyName("cases")] IReadOnlyList<TriageCase> Cases);
}
