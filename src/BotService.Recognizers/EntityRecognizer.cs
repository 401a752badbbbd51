using BotService.Recognizers.Text;

namespace BotService.Recognizers;

/// <summary>Every recognizer over one text, merged in text order (what the CLI's recognize command prints).</summary>
public static class EntityRecognizer
{
    public static IReadOnlyList<ModelResult> RecognizeAll(string query, string culture, DateTime reference)
    {
        Culture.Resolve(culture);
        query ??= string.Empty;
        // One tokenization (and one number cache) serves every recognizer.
        var t = TokenList.Create(query);
        var results = DateTimeRecognizer.DateTimes(t, reference);
        results.AddRange(NumberRecognizer.Numbers(t));
        results.AddRange(NumberRecognizer.Ordinals(t));
        results.AddRange(NumberRecognizer.Ranges(t));
        results.AddRange(NumberWithUnitRecognizer.Ages(t));
        results.AddRange(NumberWithUnitRecognizer.Temperatures(t));
        results.AddRange(BooleanRecognizer.RecognizeBoolean(query, culture));

        // A stable sort keeps the order above for entities that start at the same place.
        return [.. results.OrderBy(r => r.Start)];
    }
}
