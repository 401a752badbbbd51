using System.Reflection;
using System.Text.Json;
using BotService.Triage.Extraction;

namespace BotService.Triage.Rules;

/// <summary>
/// Loads and validates the rules file: unknown finding names or locations, duplicate ids, missing sources,
/// reasons or rationales, unknown levels and unknown threshold ids are all errors, reported together.
/// </summary>
public static class RuleSetLoader
{
    private const string ResourceName = "BotService.Triage.triage-rules.json";

    private static readonly JsonDocumentOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>The rules table shipped inside the assembly.</summary>
    public static RuleSet LoadEmbedded(Lexicon? lexicon = null)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new RuleSetException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), lexicon);
    }

    /// <summary>A rules file from disk (Triage:RulesPath), e.g. an edited copy under review.</summary>
    public static RuleSet LoadFile(string path, Lexicon? lexicon = null) => Parse(File.ReadAllText(path), lexicon);

    public static RuleSet Parse(string json, Lexicon? lexicon = null)
    {
        var errors = new List<string>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException ex)
        {
            throw new RuleSetException([$"Not valid JSON: {ex.Message}"]);
        }

        using (document)
        {
            var root = document.RootElement;
            var thresholds = ReadThresholds(root, errors);
            var reader = new RuleReader(new ConditionParser(lexicon ?? Lexicon.Default, errors), thresholds, errors);
            var rules = root.TryGetProperty("rules", out var array) && array.ValueKind == JsonValueKind.Array
                ? array.EnumerateArray().Select((e, i) => reader.Read(e, $"rules[{i}]", requireWhen: true)).ToList()
                : [];
            if (rules.Count == 0)
            {
                errors.Add("The file has no 'rules' array.");
            }

            var fallback = root.TryGetProperty("default", out var d) ? reader.Read(d, "default", requireWhen: false) : null;
            if (fallback is null)
            {
                errors.Add("The file has no valid 'default' rule.");
            }

            foreach (var duplicate in rules.OfType<TriageRule>().Append(fallback).OfType<TriageRule>()
                         .GroupBy(r => r.Id).Where(g => g.Count() > 1))
            {
                errors.Add($"Duplicate rule id '{duplicate.Key}'.");
            }

            if (errors.Count > 0)
            {
                throw new RuleSetException(errors);
            }

            return new RuleSet(rules.OfType<TriageRule>().ToList(), fallback!, thresholds);
        }
    }

    private static Dictionary<string, string> ReadThresholds(JsonElement root, List<string> errors)
    {
        var thresholds = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!root.TryGetProperty("thresholds", out var element) || element.ValueKind != JsonValueKind.Object)
        {
            errors.Add("The file has no 'thresholds' object.");
            return thresholds;
        }

        foreach (var property in element.EnumerateObject())
        {
            thresholds[property.Name] = property.Value.GetString() ?? string.Empty;
        }

        return thresholds;
    }
}
