using System.Text.RegularExpressions;
using BotService.Triage.Findings;

namespace BotService.Triage.Extraction;

/// <summary>How one finding is recognised in a clause.</summary>
/// <param name="Definition">The finding produced.</param>
/// <param name="Match">Says the finding (subject to negation and hypotheticals).</param>
/// <param name="Deny">Says the finding is absent without a negation word ("breathing is fine").</param>
/// <param name="NeedsPlace">Only counts when the clause names one of these locations (eye redness needs an eye).</param>
/// <param name="EvenIfHypothetical">Counts inside worries and questions too (a trigger, a fear of ALS).</param>
/// <param name="Requires">
/// Words one of which every match contains: the match pattern is not run on a clause holding none of them, however
/// common the words its alternatives start with ("pain", "cramp" for chest pain).
/// </param>
internal sealed record LexiconEntry(
    FindingDefinition Definition,
    Regex Match,
    Regex? Deny = null,
    IReadOnlyList<string>? NeedsPlace = null,
    bool EvenIfHypothetical = false,
    IReadOnlyList<string>? Requires = null)
{
    public string Name => Definition.Name;
}
