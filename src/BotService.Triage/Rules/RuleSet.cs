namespace BotService.Triage.Rules;

/// <summary>The loaded, validated rules table.</summary>
/// <param name="Rules">Rules in file order.</param>
/// <param name="Default">Used when no rule matches (self-care with a safety net).</param>
/// <param name="Thresholds">Threshold id to plain-words text ("over-two-weeks" -> "it lasts more than two weeks").</param>
public sealed record RuleSet(
    IReadOnlyList<TriageRule> Rules,
    TriageRule Default,
    IReadOnlyDictionary<string, string> Thresholds)
{
    public TriageRule? Find(string id) =>
        id == Default.Id ? Default : Rules.FirstOrDefault(r => r.Id == id);
}
