using System.Text.Json.Serialization;

namespace BotService.Triage.Findings;

/// <summary>The findings part of the <c>triageOutcome</c> entity (names fixed by design.md §4).</summary>
public sealed record OutcomeFindings(
    [property: JsonPropertyName("location")] string? Location,
    [property: JsonPropertyName("durationSeconds")] long? DurationSeconds,
    [property: JsonPropertyName("symptoms")] IReadOnlyList<string> Symptoms,
    [property: JsonPropertyName("triggers")] IReadOnlyList<string> Triggers);
