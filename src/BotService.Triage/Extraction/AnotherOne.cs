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
            if (!again.Success || (i + 1 < clauses.Count && Complaint().IsMatch(clauses[i + 1].Text)))
            {
                // "...i had another one this morning, a cramp that woke me up": the one is the cramp.
                continue;
            }

            if (NearestNamed(clauses, i, again.Index) is { } sign)
            {
                state.AddPresent(sign, FindingKind.Symptom);
            }
        }
    }

    // The sign said nearest before "another one", in its own clause (before it) or the few before: a fit or a stroke, or a
    // twitch or cramp ("my calf cramp came back, had another one 10 minutes ago"), which is what the one is then.
    private static string? NearestNamed(IReadOnlyList<Clause> clauses, int i, int againAt)
    {
        for (var j = i; j >= Math.Max(0, i - Reach); j--)
        {
            var text = j == i ? clauses[j].Text[..againAt] : clauses[j].Told;
            var named = Named().Matches(text);
            var complaint = Complaint().Matches(text);
            var lastNamed = named.Count > 0 ? named[^1] : null;
            var lastComplaint = complaint.Count > 0 ? complaint[^1].Index : -1;
            if (lastNamed is not null && lastNamed.Index > lastComplaint)
            {
                return lastNamed.Groups["fit"].Success ? "seizure" : "stroke-suspected";
            }

            if (lastComplaint >= 0)
            {
                return null;
            }
        }

        return null;
    }

    // Nouns only: not "keep fit", "my shoes dont fit", "breast stroke", "a stroke of luck" or a friend called Tia.
    [GeneratedRegex(@"\b(?:(?<fit>(?:a|another|the|his|her|their|my|febrile) fits?|fitting|seizures?|convulsions?|epilep\w*)|(?:a|another|the|his|her|their|my|mini|minor) strokes?(?! of)|had (?:a )?strokes?(?! of)|a tia)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Named();

    // "having another one", said now ("shes having one and its been 6 minutes", "hes having one for 5 minutes"): not
    // "having another operation next week" or "one of his grumpy days". "its happening again" only when a fit or stroke,
    // not a twitch, was said nearest before it.
    [GeneratedRegex(@"\b(?:(?:is|s|are|am|hes|shes|theyre|im|i am|i think (?:hes|shes|theyre|im)|seems to be|seem to be) having (?:another(?: one)?|one)(?= *$| (?:now|right now|again|as we speak|at the moment|and (?:its|it has|it s|she|he|they|hes|shes|cant|wont|isnt|is not)|for (?:\d+|a few|ages|over|about|like) (?:minutes?|mins?|ages)?)\b)|(?:just )?had (?:another(?: one)?|one again) (?:just now|now|today|this (?:morning|afternoon|evening)|tonight|(?:an?|\d+|[a-z]+) (?:minutes?|mins?|hours?) ago)|(?:its|it is|this is) happening again)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Again();

    [GeneratedRegex(@"\b(?:cramp\w*|twitch\w*|spasm\w*|tics?|flicker\w*|charl[ei]y horse)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Complaint();
}
