using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotService.Triage.Tests.Support;

/// <summary>One case from Cases/*.json: user messages in order, the expected level and the lowest safe level.</summary>
public sealed record TriageCase(
    string Id,
    string? Row,
    string? Text,
    IReadOnlyList<string>? Messages,
    string Expected,
    string LowestSafe,
    string? Note)
{
    public IReadOnlyList<string> Turns => Messages ?? (Text is null ? [] : [Text]);

    public override string ToString() => Id;

    public static IReadOnlyList<TriageCase> Load(string fileName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Cases", fileName);
        var file = JsonSerializer.Deserialize<CaseFile>(File.ReadAllText(path), JsonOptions)
            ?? throw new InvalidOperationException($"{fileName} is empty.");
        return file.Cases;
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    private sealed record CaseFile([property: JsonPropertyName("cases")] IReadOnlyList<TriageCase> Cases);
}
