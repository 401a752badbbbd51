namespace BotService.Recognizers.Tests.Conformance;

/// <summary>
/// The upstream Recognizers-Text cases, copied with their licence from ../shared/specs/recognizers-text into
/// Conformance/Spec so the tests run on a clone that has no shared folder beside it.
/// </summary>
internal static class SpecFiles
{
    public static string SymptomSubset { get; } = Path.Combine(AppContext.BaseDirectory, "Conformance", "Spec", "symptom-subset.json");
}
