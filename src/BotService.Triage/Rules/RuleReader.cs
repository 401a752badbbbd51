using System.Text.Json;

namespace BotService.Triage.Rules;

/// <summary>Reads one rule object and records what is wrong with it.</summary>
internal sealed class RuleReader(ConditionParser conditions, IReadOnlyDictionary<string, string> thresholds, List<string> errors)
{
    public TriageRule? Read(JsonElement element, string where, bool requireWhen)
    {
        var id = Text(element, "id");
        var at = id is null ? where : $"{where} ({id})";
        var before = errors.Count;
        Require(id, at, "id");
        var row = Require(Text(element, "row"), at, "row");
        var source = Require(Text(element, "source"), at, "source");
        var reason = Require(Text(element, "reason"), at, "reason");
        var rationale = Require(Text(element, "rationale"), at, "rationale");
        var levelName = Text(element, "level");
        if (!TriageLevels.TryParse(levelName, out var level))
        {
            errors.Add($"{at}: level '{levelName}' is not one of emergency, urgent, soon, selfcare.");
        }

        Condition? when = null;
        if (element.TryGetProperty("when", out var condition))
        {
            when = conditions.Parse(condition, $"{at}.when");
        }
        else if (requireWhen)
        {
            errors.Add($"{at}: 'when' is missing.");
        }

        var watchFor = Strings(element, "watchFor");
        foreach (var unknown in watchFor.Where(t => !thresholds.ContainsKey(t)))
        {
            errors.Add($"{at}: unknown threshold '{unknown}'.");
        }

        var causes = Causes(element);
        foreach (var cause in causes.Where(c => c.Trigger is not null && !conditions.Knows(c.Trigger)))
        {
            errors.Add($"{at}: cause '{cause.Text}' names unknown finding '{cause.Trigger}'.");
        }

        var advice = new RuleAdvice(Strings(element, "content"), causes, watchFor, Text(element, "doctor"), Strings(element, "tests"));
        var inference = element.TryGetProperty("inference", out var flag) && flag.ValueKind == JsonValueKind.True;
        return errors.Count > before
            ? null
            : new TriageRule(id!, row!, level, when, reason!, rationale!, source!, inference, advice);
    }

    private string? Require(string? value, string at, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add($"{at}: '{name}' is missing or empty.");
        }

        return value;
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static List<string> Strings(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToList()
            : [];

    private static List<RuleCause> Causes(JsonElement element) =>
        element.TryGetProperty("causes", out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String
                ? new RuleCause(e.GetString() ?? string.Empty, null)
                : new RuleCause(Text(e, "text") ?? string.Empty, Text(e, "trigger"))).ToList()
            : [];
}
