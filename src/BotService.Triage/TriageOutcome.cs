using System.Text.Json.Serialization;
using BotService.Triage.Findings;

namespace BotService.Triage;

/// <summary>
/// The payload of the <c>triageOutcome</c> entity (design.md §4), serialising to
/// <c>{"disposition":"...","ruleIds":[...],"findings":{"location":...,"durationSeconds":...,"symptoms":[...],"triggers":[...]}}</c>.
/// </summary>
public sealed record TriageOutcome(
    [property: JsonPropertyName("disposition")] string Disposition,
    [property: JsonPropertyName("ruleIds")] IReadOnlyList<string> RuleIds,
    [property: JsonPropertyName("findings")] OutcomeFindings Findings)
{
    /// <summary>The entity type the dialogs wrap this payload in.</summary>
    public const string EntityType = "triageOutcome";
}
