using BotService.Triage.Findings;

namespace BotService.Triage.Extraction;

/// <summary>Small helpers so the lexicon files read as tables.</summary>
internal static class LexiconBuilder
{
    public static LexiconEntry Entry(
        string name, FindingKind kind, string label, string match, string? deny = null,
        string[]? needsPlace = null, bool evenIfHypothetical = false, string[]? requires = null) =>
        new(new FindingDefinition(name, kind, label), Pattern.Interpret(match),
            deny is null ? null : Pattern.Interpret(deny), needsPlace, evenIfHypothetical, requires);
}
