using System.Text.RegularExpressions;
using BotService.Triage.Findings;

namespace BotService.Triage.Extraction;

/// <summary>
/// "He is having another one right now" after a fit or a stroke named before it, in its own clause or one of the few
/// before, even one set aside as someone's history ("my brother had a seizure last week. he is having another one right
/// now", "my dad had a stroke in 2015 and i think hes having one now"): the sign is happening again now.
/// </summary>
internal static partial class AnotherOne
{
    /// <summary>How many clauses back the fit or stroke may have been named.</summary>
    private const int Reach = 3;

    public static void Derive(IReadOnlyList<Clause> clauses, ReadState state)
    {
        for (var i = 0; i < clauses.Count; i++)
        {
            var again = clauses[i].IsOtherPersonHistory || clauses[i].IsHypothetical ? Match.Empty : Again().Match(clauses[i].Text);
            if (!again.Success)
            {
                continue;
            }

            for (var j = i; j >= Math.Max(0, i - Reach); j--)
            {
                // In its own clause, only what comes before it: "my dad had a stroke in 2015 and i think hes having one now".
                var named = Named().Match(j == i ? clauses[j].Text[..again.Index] : clauses[j].Told);
                if (named.Success)
                {
                    state.AddPresent(named.Groups["fit"].Success ? "seizure" : "stroke-suspected", FindingKind.Symptom);
                    break;
                }
            }
        }
    }

    [GeneratedRegex(@"\b(?:(?<fit>seizures?|fits?|fitting|convulsions?|epilep\w*)|strokes?|tias?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Named();

    [GeneratedRegex(@"\b(?:(?:is|s|are|am|hes|shes|theyre|im|i am|i think (?:hes|shes|theyre|im)|seems to be|seem to be) (?:having|doing) (?:another|one)(?: one)?(?! (?:day|week|month|year|time|go|try|chance|look|drink|coffee|baby|child|kid|of those days))|(?:just )?had (?:another(?: one)?|one again) (?:just now|now|today|this (?:morning|afternoon|evening)|tonight|(?:an?|\d+|[a-z]+) (?:minutes?|mins?|hours?) ago)|(?:its|it is|this is) happening again)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Again();
}
