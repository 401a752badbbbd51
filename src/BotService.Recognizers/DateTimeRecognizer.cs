using BotService.Recognizers.Text;
using BotService.Recognizers.Time;

namespace BotService.Recognizers;

/// <summary>
/// English durations, open and closed spans, onsets and frequencies as Microsoft.Recognizers.Text's DateTimeV2
/// model gives them: Text lower-cased, End inclusive, Resolution "values" a list of string maps. The reference
/// date and time is always an input, never the clock.
/// </summary>
public static class DateTimeRecognizer
{
    public static IReadOnlyList<ModelResult> RecognizeDateTime(string query, string culture, DateTime reference)
    {
        Culture.Resolve(culture);
        return DateTimes(TokenList.Create(query ?? string.Empty), reference);
    }

    internal static List<ModelResult> DateTimes(TokenList t, DateTime reference) =>
        [.. TimeExtractor.Extract(t, reference).Select(c => ToResult(t, c))];

    internal static ModelResult ToResult(TokenList t, TimeCandidate c) =>
        new(t.LowerText(c.First, c.Last), t.StartOf(c.First), t.EndOf(c.Last), c.TypeName,
            new Dictionary<string, object?> { ["values"] = c.Values });
}
