namespace BotService.Recognizers;

/// <summary>Every recognizer over one text, merged in text order (what the CLI's recognize command prints).</summary>
public static class EntityRecognizer
{
    public static IReadOnlyList<ModelResult> RecognizeAll(string query, string culture, DateTime reference)
    {
        Culture.Resolve(culture);
        query ??= string.Empty;
        var results = new List<ModelResult>();
        results.AddRange(DateTimeRecognizer.RecognizeDateTime(query, culture, reference));
        results.AddRange(NumberRecognizer.RecognizeNumber(query, culture));
        results.AddRange(NumberRecognizer.RecognizeOrdinal(query, culture));
        results.AddRange(NumberRecognizer.RecognizeNumberRange(query, culture));
        results.AddRange(NumberWithUnitRecognizer.RecognizeAge(query, culture));
        results.AddRange(NumberWithUnitRecognizer.RecognizeTemperature(query, culture));
        results.AddRange(BooleanRecognizer.RecognizeBoolean(query, culture));

        // A stable sort keeps the order above for entities that start at the same place.
        return [.. results.OrderBy(r => r.Start)];
    }
}
