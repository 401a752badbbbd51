using System.Text;
using System.Text.RegularExpressions;

namespace BotService.Triage.Extraction;

/// <summary>
/// Takes out of a clause the events that are over: someone else's illness (<see cref="OtherPersonHistory"/>) and the
/// person's own past years back (<see cref="YearsBack"/>). A clause can join several events ("my brother had a heart
/// attack in 2020 and i have a twitchy eyelid", "he had a heart attack and collapsed on the lawn"), so each is judged on
/// its own and only the one that is over is removed; what is left is read as usual. Removing text, rather than marking
/// it, keeps every reader (signs, places, durations) from seeing it.
/// </summary>
internal static partial class PastEvents
{
    /// <summary>The clause without the events that are over; empty when all of it was.</summary>
    public static string Remove(string clause, bool someoneElse, int currentYear)
    {
        if (!OtherPersonHistory.MayHoldMarker(clause) && !YearsBack.MayHoldMarker(clause))
        {
            return clause;
        }

        var ends = new List<int>();
        foreach (Match boundary in Boundary().Matches(clause))
        {
            ends.Add(boundary.Index);
        }

        ends.Add(clause.Length);
        StringBuilder? kept = null;
        for (var k = 0; k < ends.Count; k++)
        {
            someoneElse = Judge(new FollowingEvents(clause, ends, k), k == 0 ? 0 : ends[k - 1], someoneElse, currentYear, ref kept);
        }

        return kept is null ? clause : kept.ToString().Trim();
    }

    /// <returns>Whether the event's subject is someone else, for the next event when it has no subject of its own.</returns>
    private static bool Judge(FollowingEvents following, int start, bool someoneElse, int currentYear, ref StringBuilder? kept)
    {
        var (clause, end) = (following.Clause, following.End);
        var happening = clause[start..end];
        var trimmed = happening.Trim();
        // "my uncle died after a heart attack": the event with no subject of its own is still the uncle's.
        var theirs = OtherPersonHistory.HasOtherSubject(trimmed) || (someoneElse && !OwnSubject().IsMatch(trimmed));
        var near = following.Near();
        var over = OtherPersonHistory.IsOver(trimmed, theirs, near) || (!theirs && YearsBack.IsOver(trimmed, currentYear, near));
        if (over && end < clause.Length && following.PointBack(theirs))
        {
            // "my cat had a seizure and i had one too", "a seizure in 2025 and i had another today", "hit my head in 2025 and
            // my arm has twitched ever since": what follows points back to it, so it matters now.
            over = false;
        }

        if (over)
        {
            kept ??= new StringBuilder(clause, 0, start, clause.Length);
            if (theirs && following.DateBack() && OtherPersonHistory.DateOf(trimmed) is { } date)
            {
                // "our cat died last year and since then my eyelid twitches": the twitch is dated by it.
                kept.Append(' ').Append(date);
            }

            foreach (var illness in Lexicon.Default.SeriousIllnessesIn(trimmed))
            {
                kept.Append(' ').Append(illness);
            }
        }
        else
        {
            kept?.Append(happening);
        }

        return theirs;
    }

    // "diagnosed with epilepsy", "lives with epilepsy": the illness is part of the event, not one of its own. What someone
    // says or thinks starts an event: "my partner who was diagnosed with epilepsy last year said my eyelid twitches".
    [GeneratedRegex(@"\s(?=(?:and|then|so|while|whilst|when(?! " + OtherPersonHistory.TheirAge + @"\b)|after|before|until|since|as|who|which|where|whose|says|said|thinks|thought|reckons)\s)|(?<!\b(?:diagnosed|lives|living|lived|struggles|struggling|suffers|suffering|suffered))\s(?=with\s)", RegexOptions.CultureInvariant)]
    private static partial Regex Boundary();

    [GeneratedRegex(@"^(?:(?:and|but|so|then|when|while|whilst|after|before|until|since|as|who|which|where|whose|with) )?(?:" + OtherPersonHistory.TimeFirst + @")?(?:i|im|ive|id|my|me|we|our|you|your|it|its|the|this|that|there|his|her|their)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OwnSubject();
}
