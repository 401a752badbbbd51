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

        StringBuilder? kept = null;
        var start = 0;
        foreach (Match boundary in Boundary().Matches(clause))
        {
            someoneElse = Judge(clause, start, boundary.Index, someoneElse, currentYear, ref kept);
            start = boundary.Index;
        }

        Judge(clause, start, clause.Length, someoneElse, currentYear, ref kept);
        return kept is null ? clause : kept.ToString().Trim();
    }

    /// <returns>Whether the event's subject is someone else, for the next event when it has no subject of its own.</returns>
    private static bool Judge(string clause, int start, int end, bool someoneElse, int currentYear, ref StringBuilder? kept)
    {
        var happening = clause[start..end];
        var trimmed = happening.Trim();
        // "my uncle died after a heart attack": the event with no subject of its own is still the uncle's.
        var theirs = OtherPersonHistory.HasOtherSubject(trimmed) || (someoneElse && !OwnSubject().IsMatch(trimmed));
        var after = clause[end..];
        var over = OtherPersonHistory.IsOver(trimmed, theirs, after) || (!theirs && YearsBack.IsOver(trimmed, currentYear, after));
        if (over && end < clause.Length && SameAgain().IsMatch(clause, end))
        {
            // "my cat had a seizure and i had one too", "a seizure in 2025 and i had another today", "hit my head in 2025 and
            // my arm has twitched ever since": what follows points back to it, so it matters now.
            over = false;
        }

        if (over)
        {
            kept ??= new StringBuilder(clause, 0, start, clause.Length);
        }
        else
        {
            kept?.Append(happening);
        }

        return theirs;
    }

    [GeneratedRegex(@"\s(?=(?:and|then|so|while|whilst|when|after|before|until|since|as|who|which|where|whose|with)\s)", RegexOptions.CultureInvariant)]
    private static partial Regex Boundary();

    [GeneratedRegex(@"^(?:(?:and|but|so|then|when|while|whilst|after|before|until|since|as|who|which|where|whose|with) )?(?:i|im|ive|id|my|me|we|our|you|your|it|its|the|this|that|there|his|her|their)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OwnSubject();

    [GeneratedRegex(@"\G\s\w+\s(?:[a-z]+ ){0,4}(?:another|the same|(?:had|having|have|got) (?:one|it|them)|one (?:too|as well|also|again|now|today))\b|\G.{0,120}?\b(?:ever since|since then|since that|after that|from then|still|again|since)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SameAgain();
}
