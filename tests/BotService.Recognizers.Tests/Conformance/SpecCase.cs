using System.Globalization;
using System.Text.Json;

namespace BotService.Recognizers.Tests.Conformance;

/// <summary>One entry of symptom-subset.json: the upstream file, index and the original case object.</summary>
internal sealed record SpecCase(string File, int Index, string Category, JsonElement Case)
{
    public string Id => $"{File}#{Index}";

    public string Input => Get(Case, "Input")?.GetString() ?? string.Empty;

    public bool DotnetSupported =>
        !Mentions(Get(Case, "NotSupported")) && !Mentions(Get(Case, "NotSupportedByDesign"));

    /// <summary>The first 19 characters of Context.ReferenceDateTime as local wall-clock time, as upstream harnesses do.</summary>
    public DateTime Reference
    {
        get
        {
            var text = Get(Case, "Context") is { } context ? Get(context, "ReferenceDateTime")?.GetString() : null;
            return text is { Length: >= 19 }
                ? DateTime.ParseExact(text[..19], "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)
                : new DateTime(2026, 11, 21, 0, 0, 0, DateTimeKind.Unspecified);
        }
    }

    public IReadOnlyList<JsonElement> Results => Get(Case, "Results") is { ValueKind: JsonValueKind.Array } r ? [.. r.EnumerateArray()] : [];

    public static IReadOnlyList<SpecCase> LoadAll()
    {
        using var doc = JsonDocument.Parse(System.IO.File.ReadAllBytes(SpecFiles.SymptomSubset));
        return [.. doc.RootElement.EnumerateArray().Select(e => new SpecCase(
            e.GetProperty("file").GetString()!, e.GetProperty("index").GetInt32(), e.GetProperty("category").GetString()!, e.GetProperty("case").Clone()))];
    }

    /// <summary>Case-insensitive property lookup: three upstream results spell TypeName as "Typename".</summary>
    public static JsonElement? Get(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (property.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }

    private static bool Mentions(JsonElement? list) =>
        list?.GetString()?.Split(',').Any(p => p.Trim().Equals("dotnet", StringComparison.OrdinalIgnoreCase)) == true;
}
