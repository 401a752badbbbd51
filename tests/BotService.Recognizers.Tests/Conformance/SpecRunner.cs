using System.Globalization;
using System.Text.Json;

namespace BotService.Recognizers.Tests.Conformance;

/// <summary>
/// Runs one upstream case through our recognizers and compares as the upstream .NET harness does. Returns null
/// on a pass, otherwise what differed. Parser-level files (DurationParser, DateParser, DatePeriodParser,
/// SetParser) check that each expected entity is found with its values; other entities in the sentence are not
/// their concern, as upstream runs only one extractor for them.
/// </summary>
internal static class SpecRunner
{
    private const string En = Culture.English;

    public static string? Check(SpecCase c)
    {
        var name = Path.GetFileNameWithoutExtension(c.File);
        return name switch
        {
            "DateTimeModel" => CompareModel(c, DateTimeRecognizer.RecognizeDateTime(c.Input, En, c.Reference), DateTimeExpected(c, merged: false), dateTime: true),
            "MergedParser" => CompareModel(c, DateTimeRecognizer.RecognizeDateTime(c.Input, En, c.Reference), DateTimeExpected(c, merged: true), dateTime: true),
            "DurationParser" or "DateParser" or "DatePeriodParser" or "SetParser" => CompareParser(c, DateTimeRecognizer.RecognizeDateTime(c.Input, En, c.Reference)),
            "NumberModel" => CompareModel(c, NumberRecognizer.RecognizeNumber(c.Input, En), FlatExpected(c), dateTime: false),
            "NumberRangeModel" => CompareModel(c, NumberRecognizer.RecognizeNumberRange(c.Input, En), FlatExpected(c), dateTime: false),
            "OrdinalModel" => CompareModel(c, NumberRecognizer.RecognizeOrdinal(c.Input, En), FlatExpected(c), dateTime: false),
            "AgeModel" => CompareModel(c, NumberWithUnitRecognizer.RecognizeAge(c.Input, En), FlatExpected(c), dateTime: false),
            "TemperatureModel" => CompareModel(c, NumberWithUnitRecognizer.RecognizeTemperature(c.Input, En), FlatExpected(c), dateTime: false),
            "BooleanModel" => CompareModel(c, BooleanRecognizer.RecognizeBoolean(c.Input, En), FlatExpected(c), dateTime: false),
            _ => $"no runner for {c.File}",
        };
    }

    private sealed record Expected(string Text, int? Start, int? End, string TypeName, List<Dictionary<string, string>> Values);

    private static List<Expected> DateTimeExpected(SpecCase c, bool merged) => [.. c.Results.Select(r =>
    {
        var start = SpecCase.Get(r, "Start")?.GetInt32();
        var end = merged ? start + SpecCase.Get(r, "Length")?.GetInt32() - 1 : SpecCase.Get(r, "End")?.GetInt32();
        var type = SpecCase.Get(r, merged ? "Type" : "TypeName")!.Value.GetString()!;
        var holder = SpecCase.Get(r, merged ? "Value" : "Resolution")!.Value;
        var values = SpecCase.Get(holder, "values")!.Value.EnumerateArray().Select(Flat).ToList();
        return new Expected(SpecCase.Get(r, "Text")!.Value.GetString()!, start, end, type, values);
    })];

    private static List<Expected> FlatExpected(SpecCase c) => [.. c.Results.Select(r => new Expected(
        SpecCase.Get(r, "Text")!.Value.GetString()!, SpecCase.Get(r, "Start")?.GetInt32(), SpecCase.Get(r, "End")?.GetInt32(),
        SpecCase.Get(r, "TypeName")!.Value.GetString()!, [Flat(SpecCase.Get(r, "Resolution")!.Value)]))];

    private static string? CompareModel(SpecCase c, IReadOnlyList<ModelResult> actual, List<Expected> expected, bool dateTime)
    {
        if (actual.Count != expected.Count)
        {
            return $"expected {expected.Count} result(s), got {actual.Count}: {Describe(actual)}";
        }

        for (var k = 0; k < expected.Count; k++)
        {
            var (e, a) = (expected[k], actual[k]);
            var comparison = dateTime ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            if (!string.Equals(e.Text, a.Text, comparison) || e.TypeName != a.TypeName
                || (e.Start is { } s && s != a.Start) || (e.End is { } en && en != a.End))
            {
                return $"result {k}: expected '{e.Text}' {e.TypeName} [{e.Start}-{e.End}], got {Describe([a])}";
            }

            var actualValues = dateTime ? DateTimeValues(a) : [Flat(a.Resolution)];
            if (actualValues.Count != e.Values.Count)
            {
                return $"result {k}: expected {e.Values.Count} value map(s), got {actualValues.Count}";
            }

            for (var v = 0; v < e.Values.Count; v++)
            {
                // Flat models are compared on the keys the spec gives (subtype is sometimes absent upstream).
                var ours = dateTime ? actualValues[v] : actualValues[v].Where(kv => e.Values[v].ContainsKey(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value);
                if (MapDifference(e.Values[v], ours) is { } diff)
                {
                    return $"result {k} value {v}: {diff}";
                }
            }
        }

        return null;
    }

    private static string? CompareParser(SpecCase c, IReadOnlyList<ModelResult> actual)
    {
        foreach (var r in c.Results)
        {
            var start = SpecCase.Get(r, "Start")!.Value.GetInt32();
            var end = start + SpecCase.Get(r, "Length")!.Value.GetInt32() - 1;
            var text = SpecCase.Get(r, "Text")!.Value.GetString()!;
            var type = "datetimeV2." + SpecCase.Get(r, "Type")!.Value.GetString();
            var found = actual.FirstOrDefault(a => a.Start == start && a.End == end);
            if (found is null || !found.Text.Equals(text, StringComparison.OrdinalIgnoreCase) || found.TypeName != type)
            {
                return $"expected '{text}' {type} [{start}-{end}], got {Describe(actual)}";
            }

            var value = SpecCase.Get(r, "Value")!.Value;
            var future = SpecCase.Get(value, "FutureResolution")!.Value;
            var expected = new Dictionary<string, string> { ["timex"] = SpecCase.Get(value, "Timex")!.Value.GetString()! };
            if (SpecCase.Get(value, "Mod")?.GetString() is { } mod)
            {
                expected["Mod"] = mod;
            }

            foreach (var (key, ours) in new[] { ("duration", "value"), ("date", "value"), ("startDate", "start"), ("endDate", "end") })
            {
                if (SpecCase.Get(future, key)?.GetString() is { } v)
                {
                    expected[ours] = v;
                }
            }

            var map = DateTimeValues(found)[0];
            var compared = map.Where(kv => expected.ContainsKey(kv.Key) || kv.Key == "Mod").ToDictionary(kv => kv.Key, kv => kv.Value);
            if (MapDifference(expected, compared) is { } diff)
            {
                return $"'{text}': {diff}";
            }
        }

        return null;
    }

    private static List<Dictionary<string, string>> DateTimeValues(ModelResult a) =>
        [.. ((IEnumerable<IReadOnlyDictionary<string, string>>)a.Resolution["values"]!).Select(m => m.ToDictionary(kv => kv.Key, kv => kv.Value))];

    private static Dictionary<string, string> Flat(JsonElement element) =>
        element.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind switch
        {
            JsonValueKind.String => p.Value.GetString()!,
            JsonValueKind.True => "True",
            JsonValueKind.False => "False",
            JsonValueKind.Number => p.Value.GetDouble().ToString(CultureInfo.InvariantCulture),
            _ => p.Value.GetRawText(),
        });

    private static Dictionary<string, string> Flat(IReadOnlyDictionary<string, object?> resolution) =>
        resolution.ToDictionary(kv => kv.Key, kv => kv.Value switch
        {
            double d => d.ToString(CultureInfo.InvariantCulture),
            bool b => b ? "True" : "False",
            _ => Convert.ToString(kv.Value, CultureInfo.InvariantCulture) ?? string.Empty,
        });

    private static string? MapDifference(Dictionary<string, string> expected, Dictionary<string, string> actual)
    {
        var missing = expected.Where(kv => !actual.TryGetValue(kv.Key, out var v) || v != kv.Value).Select(kv => $"{kv.Key}={kv.Value}");
        var extra = actual.Where(kv => !expected.ContainsKey(kv.Key)).Select(kv => $"{kv.Key}={kv.Value}");
        var diff = string.Join(", ", missing.Select(m => "expected " + m).Concat(extra.Select(x => "unexpected " + x)));
        return diff.Length == 0 ? null : $"{diff} (got {string.Join(", ", actual.Select(kv => $"{kv.Key}={kv.Value}"))})";
    }

    private static string Describe(IEnumerable<ModelResult> results) =>
        "[" + string.Join("; ", results.Select(r => $"'{r.Text}' {r.TypeName} [{r.Start}-{r.End}]")) + "]";
}
