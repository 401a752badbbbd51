using System.Globalization;
using BotService.Recognizers.Numbers;
using BotService.Recognizers.Text;

namespace BotService.Recognizers;

/// <summary>Numbers, ordinals and number ranges, with Microsoft.Recognizers.Text's result shapes.</summary>
public static class NumberRecognizer
{
    public const string NumberType = "number";
    public const string OrdinalType = "ordinal";
    public const string NumberRangeType = "numberrange";

    /// <summary>Cardinals in digits or words, dozens and fractions: value (string) and subtype.</summary>
    public static IReadOnlyList<ModelResult> RecognizeNumber(string query, string culture)
    {
        Culture.Resolve(culture);
        return Numbers(TokenList.Create(query ?? string.Empty));
    }

    internal static List<ModelResult> Numbers(TokenList t)
    {
        return [.. NumberExtractor.Extract(t).Select(m => new ModelResult(
            t.LowerText(m.First, m.Last), t.StartOf(m.First), t.EndOf(m.Last), NumberType,
            new Dictionary<string, object?> { ["value"] = NumberFormat.Format(m.Value), ["subtype"] = m.Subtype }))];
    }

    /// <summary>Ordinals ("2nd", "eleventh"): offset, relativeTo "start" and value.</summary>
    public static IReadOnlyList<ModelResult> RecognizeOrdinal(string query, string culture)
    {
        Culture.Resolve(culture);
        return Ordinals(TokenList.Create(query ?? string.Empty));
    }

    internal static List<ModelResult> Ordinals(TokenList t)
    {
        return [.. OrdinalExtractor.Extract(t).Select(m =>
        {
            var value = m.Value.ToString(CultureInfo.InvariantCulture);
            return new ModelResult(t.LowerText(m.First, m.Last), t.StartOf(m.First), t.EndOf(m.Last), OrdinalType,
                new Dictionary<string, object?> { ["offset"] = value, ["relativeTo"] = "start", ["value"] = value });
        })];
    }

    /// <summary>Ranges in interval notation: "between 20 and 30" gives "[20,30)".</summary>
    public static IReadOnlyList<ModelResult> RecognizeNumberRange(string query, string culture)
    {
        Culture.Resolve(culture);
        return Ranges(TokenList.Create(query ?? string.Empty));
    }

    internal static List<ModelResult> Ranges(TokenList t)
    {
        return [.. NumberRangeExtractor.Extract(t).Select(r => new ModelResult(
            t.LowerText(r.First, r.Last), t.StartOf(r.First), t.EndOf(r.Last), NumberRangeType,
            new Dictionary<string, object?> { ["value"] = r.Interval }))];
    }
}
