using BotService.Recognizers.Numbers;
using BotService.Recognizers.Text;

namespace BotService.Recognizers;

/// <summary>
/// Ages ("29 years old", "87 yo", "age 87") and temperatures ("98.6 degrees f", "38.5 celsius", "85°"), shaped
/// as Microsoft.Recognizers.Text's NumberWithUnit models: Resolution value (string) and unit.
/// </summary>
public static class NumberWithUnitRecognizer
{
    public const string AgeType = "age";
    public const string TemperatureType = "temperature";

    public static IReadOnlyList<ModelResult> RecognizeAge(string query, string culture)
    {
        Culture.Resolve(culture);
        return Ages(TokenList.Create(query ?? string.Empty));
    }

    internal static List<ModelResult> Ages(TokenList t)
    {
        var results = new List<ModelResult>();
        for (var i = 0; i < t.Count; i++)
        {
            if (AgeScanner.TryParse(t, i, out var last, out var value, out var unit))
            {
                results.Add(Result(t, i, last, AgeType, value, unit));
                i = last;
            }
        }

        return results;
    }

    public static IReadOnlyList<ModelResult> RecognizeTemperature(string query, string culture)
    {
        Culture.Resolve(culture);
        return Temperatures(TokenList.Create(query ?? string.Empty));
    }

    internal static List<ModelResult> Temperatures(TokenList t)
    {
        var results = new List<ModelResult>();
        for (var i = 0; i < t.Count; i++)
        {
            if (TemperatureScanner.TryParse(t, i, out var last, out var value, out var unit))
            {
                results.Add(Result(t, i, last, TemperatureType, value, unit));
                i = last;
            }
        }

        return results;
    }

    private static ModelResult Result(TokenList t, int first, int last, string type, double value, string unit) =>
        new(t.LowerText(first, last), t.StartOf(first), t.EndOf(last), type,
            new Dictionary<string, object?> { ["value"] = NumberFormat.Format(value), ["unit"] = unit });
}
