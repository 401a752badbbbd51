using System.Text.RegularExpressions;
using BotService.Triage.Findings;

namespace BotService.Triage.Extraction;

/// <summary>
/// "He is having another one right now" after a fit or a stroke named before it, in its own clause or one of the few
/// before, even one set aside as someone's history ("my brother had a seizure last week. he is having another one right
/// now", "my dad had a stroke in 2015 and i think hes having one now"): the sign is happening again now. The fit or
/// stroke may also have been named in an earlier message ("hes had no fits since last year", then "hes having one now"):
/// the conversation keeps the last one named (<see cref="Findings.Findings.SignNamedBefore"/>).
/// </summary>
internal static partial class AnotherOne
{
    /// <summary>How many clauses back the fit or stroke may have been named.</summary>
    private const int Reach = 3;

    /// <returns>The fit or stroke a later message's "having one" would point back to (<see cref="LastNamed"/>).</returns>
    public static string? Derive(IReadOnlyList<Clause> clauses, ReadState state, string? namedBefore)
    {
        for (var i = 0; i < clauses.Count; i++)
        {
            if (clauses[i].IsOtherPersonHistory || clauses[i].IsHypothetical)
            {
                continue;
            }

            var (again, theirs) = (Again().Match(clauses[i].Text), TheirsAgain().Match(clauses[i].Text));
            if ((!again.Success && !theirs.Success) || (i + 1 < clauses.Count && Complaint().IsMatch(clauses[i + 1].Text)))
            {
                // "...i had another one this morning, a cramp that woke me up": the one is the cramp.
                continue;
            }

            // Only what is said of someone else points back to an earlier message: the writer's own "i just had one"
            // after "i had a coffee" is the coffee, where "hes doing it again" after his old fit is the fit.
            var at = again.Success && (!theirs.Success || again.Index < theirs.Index) ? again.Index : theirs.Index;
            if (NearestNamed(clauses, i, at, theirs.Success ? namedBefore : null) is { } sign)
            {
                state.AddPresent(sign, FindingKind.Symptom);
            }
        }

        return LastNamed(clauses, namedBefore);
    }

    // The fit or stroke named last in the message, unless a twitch or cramp was named after it ("my dad had a seizure years
    // ago, my eyelid twitches": a later "i just had another one" is the twitch); the one named before when it names neither.
    private static string? LastNamed(IReadOnlyList<Clause> clauses, string? namedBefore)
    {
        for (var j = clauses.Count - 1; j >= 0; j--)
        {
            if (NamesEither(clauses[j].Told, out var sign))
            {
                return sign;
            }
        }

        return namedBefore;
    }

    // The sign said nearest before "another one", in its own clause (before it) or the few before: a fit or a stroke, or a
    // twitch or cramp ("my calf cramp came back, had another one 10 minutes ago"), which is what the one is then.
    // One said in an earlier message (namedBefore, given only for something said of someone else) counts when nothing in
    // this one before "another one" names either.
    private static string? NearestNamed(IReadOnlyList<Clause> clauses, int i, int againAt, string? namedBefore)
    {
        for (var j = i; j >= Math.Max(0, i - Reach); j--)
        {
            if (NamesEither(j == i ? clauses[j].Text[..againAt] : clauses[j].Told, out var sign))
            {
                return sign;
            }
        }

        return i <= Reach ? namedBefore : null;
    }

    // Whether the text names a fit, a stroke or a complaint; sign is the one named last, null when that is a complaint.
    // Positions only (no Match objects): this runs on the clauses of every message.
    private static bool NamesEither(string text, out string? sign)
    {
        var (lastNamed, lastComplaint) = (-1, -1);
        foreach (var named in Named().EnumerateMatches(text))
        {
            lastNamed = named.Index;
        }

        foreach (var complaint in Complaint().EnumerateMatches(text))
        {
            lastComplaint = complaint.Index;
        }

        sign = lastNamed > lastComplaint ? (Named().Match(text, lastNamed).Groups["fit"].Success ? "seizure" : "stroke-suspected") : null;
        return sign is not null || lastComplaint >= 0;
    }

    // Nouns only: not "keep fit", "my shoes dont fit", "breast stroke", "a stroke of luck" or a friend called Tia.
    [GeneratedRegex(@"\b(?:(?<fit>(?:a|another|the|his|her|their|my|febrile|no|any|more) fits?|fitting|seizures?|convulsions?|epilep\w*)|(?:a|another|the|his|her|their|my|mini|minor) strokes?(?! of)|had (?:a )?strokes?(?! of)|a tia)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Named();

    // "having another one", said now ("shes having one and its been 6 minutes", "hes having one for 5 minutes"): not
    // "having another operation next week" or "one of his grumpy days". "its happening again" only when a fit or stroke,
    // not a twitch, was said nearest before it.
    [GeneratedRegex(@"\b(?:(?:is|s|are|am|hes|shes|theyre|im|i am|i think (?:hes|shes|theyre|im)|seems to be|seem to be) having (?:another(?: one)?|one)(?= *$| (?:now|right now|again|as we speak|at the moment|and (?:its|it has|it s|she|he|they|hes|shes|cant|wont|isnt|is not)|for (?:\d+|a few|ages|over|about|like) (?:minutes?|mins?|ages)?)\b)|just had one(?= *$| (?:now|just now|and|again)\b)|(?:just )?had (?:another(?: one)?|one again|one) (?:just now|now|today|this (?:morning|afternoon|evening)|tonight|(?:an?|\d+|[a-z]+) (?:minutes?|mins?|hours?) ago)|(?:its|it is|this is) happening again)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Again();

    // Someone else doing it again, in looser words than Again: "he just had one in the garden", "she had one half an hour
    // ago", "hes doing it again", "its started again", "hes in the middle of one"; of the writer, only "having another
    // one". Not with a negation before it, not "one of his moods" or "one beer", and not dated back ("he had one in 2015").
    [GeneratedRegex(@"\b(?:(?:he|she|they|hes|shes|theyre)\b(?: (?!(?:not|never|no|didnt|hasnt|hadnt|isnt|wasnt|wont|doesnt|dont)\b)[a-z]+){0,3}? (?:(?:had|has|having|is having|s having) (?:another(?: one)?|(?:a (?:big |bad |little |small |massive |awful |huge |long |short |nasty )?|another )?(?:one|1))(?=\s*$| (?:now|just|again|earlier|today|tonight|this|in|on|at|and|as|about|half|an?|\d+|two|three|four|five|ten|twenty|a few|a couple|around|maybe|like|while|when|after|before|so|but|right|there|here)\b)|(?:having|doing|done|did|does|had|has) it (?:again|now|right now)|(?:started|starting|gone|going|went) (?:again|into (?:one|it|another))|in the middle of (?:one|it|another))|(?:im|i am|i think im|i think i am) having another(?: one)?(?=\s*$| (?:now|right now|again|as we speak|i think)\b)|(?:its|it has|it s|its just) (?:started|starting|happening|kicked off|come back) again|another (?:one )?(?:has )?(?:just )?(?:started|starting|begun|going now))\b(?!.*\b(?:years? ago|last (?:year|month|week)|in (?:19|20)\d\d|as a (?:kid|child|baby)|when (?:he|she|they) (?:was|were))\b)", RegexOptions.CultureInvariant)]
    private static partial Regex TheirsAgain();

    [GeneratedRegex(@"\b(?:cramp\w*|twitch\w*|spasm\w*|tics?|flicker\w*|charl[ei]y horse)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Complaint();
}
