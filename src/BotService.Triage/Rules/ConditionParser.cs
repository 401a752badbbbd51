using System.Text.Json;
using BotService.Triage.Extraction;
using BotService.Triage.Findings;

namespace BotService.Triage.Rules;

/// <summary>
/// Parses the condition language of the rules file: a finding name ("weakness"), or an object with one key:
/// "all" / "any" (arrays), "not", "location" (names), "durationOver" / "durationAtMost" (ISO 8601, e.g. "P14D").
/// Unknown names are reported, not ignored.
/// </summary>
internal sealed class ConditionParser(Lexicon lexicon, List<string> errors)
{
    public bool Knows(string findingName) => lexicon.IsKnown(findingName);

    public Condition? Parse(JsonElement element, string where)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return Finding(element.GetString()!, where);
            case JsonValueKind.Object:
                return ParseObject(element, where);
            default:
                errors.Add($"{where}: a condition must be a finding name or an object.");
                return null;
        }
    }

    private Condition? ParseObject(JsonElement element, string where)
    {
        var properties = element.EnumerateObject().ToList();
        if (properties.Count != 1)
        {
            errors.Add($"{where}: a condition object must have exactly one key.");
            return null;
        }

        var (key, value) = (properties[0].Name, properties[0].Value);
        return key switch
        {
            "all" => List(value, where, parts => new AllCondition(parts)),
            "any" => List(value, where, parts => new AnyCondition(parts)),
            "not" => Parse(value, $"{where}.not") is { } inner ? new NotCondition(inner) : null,
            "location" => Location(value, where),
            "durationOver" => Duration(value, where, over: true),
            "durationAtMost" => Duration(value, where, over: false),
            _ => Error<Condition>($"{where}: unknown condition key '{key}'."),
        };
    }

    private Condition? Finding(string name, string where)
    {
        if (!lexicon.Definitions.TryGetValue(name, out var definition))
        {
            return Error<Condition>($"{where}: unknown finding name '{name}'.");
        }

        return new FindingCondition(name, definition.Slot);
    }

    private Condition? List(JsonElement value, string where, Func<IReadOnlyList<Condition>, Condition> make)
    {
        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
        {
            return Error<Condition>($"{where}: 'all' and 'any' need a non-empty array.");
        }

        var parts = value.EnumerateArray().Select((e, i) => Parse(e, $"{where}[{i}]")).ToArray();
        return parts.Contains(null) ? null : make(parts!);
    }

    private Condition? Location(JsonElement value, string where)
    {
        var names = value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToList()
            : [value.GetString() ?? string.Empty];
        var unknown = names.Where(n => !BodyLocations.IsKnown(n)).ToList();
        return unknown.Count > 0
            ? Error<Condition>($"{where}: unknown location '{string.Join("', '", unknown)}'.")
            : new LocationCondition(names);
    }

    private Condition? Duration(JsonElement value, string where, bool over)
    {
        return value.ValueKind == JsonValueKind.String && IsoDuration.TryParse(value.GetString(), out var duration)
            ? new DurationCondition(duration, over)
            : Error<Condition>($"{where}: '{value}' is not an ISO 8601 duration in weeks, days, hours, minutes or seconds such as P14D or PT10M.");
    }

    private T? Error<T>(string message)
        where T : class
    {
        errors.Add(message);
        return null;
    }
}
