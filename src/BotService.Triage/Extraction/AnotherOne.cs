using System.Buffers;
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

    // Every match of Named holds one of these.
    private static readonly SearchValues<string> NamedWords =
        SearchValues.Create(["fit", "seizure", "convulsion", "epilep", "stroke", "tia"], StringComparison.Ordinal);

    /// <returns>The fit or stroke a later message's "having one" would point back to (<see cref="LastSign"/>).</returns>
    public static string? Derive(IReadOnlyList<Clause> clauses, ReadState state, string? namedBefore, bool complaintSaidBefore)
    {
        for (var i = 0; i < clauses.Count; i++)
        {
            var (text, hypothetical) = (clauses[i].Text, clauses[i].IsHypothetical);
            if (clauses[i].IsOtherPersonHistory || (hypothetical && !AsksIfNow().IsMatch(text)))
            {
                continue;
            }

            var theirs = TheirsAgain().Match(text);
            var (again, it) = hypothetical ? (Match.Empty, Match.Empty) : (Again().Match(text), ItAgain().Match(text));
            var sign = theirs.Success ? TheirSign(clauses, i, theirs.Index, namedBefore)
                : it.Success ? OwnSign(clauses, i, again.Success ? Math.Min(again.Index, it.Index) : it.Index, complaintSaidBefore ? null : namedBefore)
                : again.Success ? OwnSign(clauses, i, again.Index, null)
                : null;
            if (sign is not null)
            {
                state.AddPresent(sign, FindingKind.Symptom);
            }
        }

        return LastSign(clauses, namedBefore);
    }

    // The writer's own "had another one" is what they named nearest before it, in its own clause or the few before: a
    // fit or a stroke, or a twitch or cramp ("my calf cramp came back, had another one 10 minutes ago"), which is what
    // the one is then, as it is when the next clause names one ("...had another one this morning, a cramp that woke me").
    // With namedBefore (ItAgain), one from an earlier message counts when this one names neither in reach.
    private static string? OwnSign(IReadOnlyList<Clause> clauses, int i, int againAt, string? namedBefore)
    {
        if (i + 1 < clauses.Count && (Complaint().IsMatch(clauses[i + 1].Text) || Explains(clauses[i + 1].Text)))
        {
            return null;
        }

        for (var j = i; j >= Math.Max(0, i - Reach); j--)
        {
            if (NamesEither(j == i ? clauses[j].Text[..againAt] : clauses[j].Told, out var sign))
            {
                return sign;
            }
        }

        return i <= Reach ? namedBefore : null;
    }

    // Someone else's "one" is the fit or stroke named nearest before it, in this message or an earlier one, whatever the
    // writer said of their own twitch in between ("my eyelid twitches a lot || now hes having one on the kitchen floor"),
    // and even when the next clause says it with a twitch ("hes having one, his legs are twitching"). Not when the next
    // clause says what the one was ("he had one in the garden, a cigarette").
    private static string? TheirSign(IReadOnlyList<Clause> clauses, int i, int againAt, string? namedBefore)
    {
        if (i + 1 < clauses.Count && Explains(clauses[i + 1].Text))
        {
            return null;
        }

        for (var j = i; j >= Math.Max(0, i - Reach); j--)
        {
            if (SignIn(j == i ? clauses[j].Text[..againAt] : clauses[j].Told) is { } sign)
            {
                return sign;
            }
        }

        return namedBefore;
    }

    // The fit or stroke named last in the message (not in a question or a worry), else the one named before:
    // what someone's "one" in a later message points back to.
    private static string? LastSign(IReadOnlyList<Clause> clauses, string? namedBefore)
    {
        for (var j = clauses.Count - 1; j >= 0; j--)
        {
            if (!clauses[j].IsHypothetical && SignIn(clauses[j].Told) is { } sign)
            {
                return sign;
            }
        }

        return namedBefore;
    }

    // The last fit or stroke the text names, even denied: "hes never had a seizure before || hes having one now" is one.
    private static string? SignIn(string text)
    {
        var at = LastNamedAt(text);
        return at < 0 ? null : SignAt(text, at);
    }

    // Whether the text names a fit, a stroke or a complaint; sign is the one named last, null when that is a complaint.
    private static bool NamesEither(string text, out string? sign)
    {
        var (lastNamed, lastComplaint) = (LastNamedAt(text), -1);
        foreach (var complaint in Complaint().EnumerateMatches(text))
        {
            lastComplaint = complaint.Index;
        }

        sign = lastNamed > lastComplaint ? SignAt(text, lastNamed) : null;
        return sign is not null || lastComplaint >= 0;
    }

    // Where the last match of Named starts, or -1. Its alternatives open with common words ("a", "the", "my"), so a text
    // without one of its words is not scanned: this runs on every clause of every message.
    private static int LastNamedAt(string text)
    {
        var last = -1;
        if (text.AsSpan().ContainsAny(NamedWords))
        {
            foreach (var named in Named().EnumerateMatches(text))
            {
                last = named.Index;
            }
        }

        return last;
    }

    private static string SignAt(string text, int at) => Named().Match(text, at).Groups["fit"].Success ? "seizure" : "stroke-suspected";

    // ", a coffee", ", the football", ", a flu jab at the chemist": a short phrase that says what the one was: no verb,
    // no sign, not "his face looks odd", "the whole thing lasted 5 minutes", "a really bad one" or "a tonic clonic".
    private static bool Explains(string clause) =>
        clause.Length <= 60 && WhatItWas().IsMatch(clause) && !Named().IsMatch(clause) && !Lexicon.Default.NamesSign(clause);

    // Nouns only: not "keep fit", "my shoes dont fit", "breast stroke", "a stroke of luck" or a friend called Tia.
    [GeneratedRegex(@"\b(?:(?<fit>(?:a|another|the|his|her|their|my|febrile|no|any|more) fits?(?<!\b(?:threw|throw|throws|throwing|pitched|pitch) (?:a|another|the|his|her|their|my) fits?)(?! of\b)|fitting|seizures?|convulsions?|epilep\w*)|(?:a|another|the|his|her|their|my|mini|minor) strokes?(?! of)|had (?:a )?strokes?(?! of)|a tia)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Named();

    // "having another one", said now ("shes having one and its been 6 minutes", "hes having one for 5 minutes"): not
    // "having another operation next week" or "one of his grumpy days". "its happening again" only when a fit or stroke,
    // not a twitch, was said nearest before it.
    [GeneratedRegex(@"\b(?:(?:is|s|are|am|hes|shes|theyre|im|i am|i think (?:hes|shes|theyre|im)|seems to be|seem to be) having (?:another(?: one)?|one)(?= *$| (?:now|right now|again|as we speak|at the moment|and (?:its|it has|it s|she|he|they|hes|shes|cant|wont|isnt|is not)|for (?:\d+|a few|ages|over|about|like) (?:minutes?|mins?|ages)?)\b)|just had one(?= *$| (?:now|just now|and|again)\b)|(?:just )?had (?:another(?: one)?|one again|one) (?:just now|now|today|this (?:morning|afternoon|evening)|tonight|(?:an?|\d+|[a-z]+) (?:minutes?|mins?|hours?) ago)|(?:its|it is|this is) happening again)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Again();

    // Someone else doing it again, in looser words than Again: "he just had one in the garden", "she had one half an hour
    // ago", "hes doing it again", "its started again", "hes in the middle of one", "shes had three in the last hour"; of
    // the writer, see ItAgain. Not with a negation or "if" before it ("i dont think he had one", "he
    // wouldnt have had one"), not asked of the past ("has he had one"), not "has one" (a habit), "one of his moods" or
    // "one beer", and not dated back or ahead ("he had one in 2015", "theyre having one on saturday").
    [GeneratedRegex(@"\b(?:(?:he|she|they|hes|shes|theyre)\b(?<!\b(?:dont|do not|didnt|doesnt|not|never|no|if|whether|has|have|had|did|does|was|were) (?:think |believe |know if |know whether |sure if |sure whether )?(?:he|she|they|hes|shes|theyre))(?: (?!(?:not|never|no|didnt|hasnt|hadnt|isnt|wasnt|wont|doesnt|dont|wouldnt|couldnt|shouldnt|might|may|could|would|will|if)\b)[a-z]+){0,3}? (?:(?:had|having|is having|s having|has had|s had) (?:another(?: ones?)?|(?:a (?:big |bad |little |small |massive |awful |huge |long |short |nasty )?|another )?(?:one|1))(?=\s*$| (?:now|just|again|earlier|today|tonight|this|in|on|at|and|as|about|half|an?|\d+|two|three|four|five|ten|twenty|a few|a couple|around|maybe|like|while|when|after|before|so|but|right|there|here|atm|currently|i think|still)\b)|(?:had|having) (?:\d+|two|three|four|five|several|a few|loads|lots) (?:more )?(?:in the last|in an hour|in a row|today|this morning|already|now|since|back to back)|having them (?:one after (?:another|the other)|again|now|back to back)|(?:having|doing|done|did|does|had|has) it (?:again|now|right now)|(?:started|starting|gone|going|went) (?:again|into (?:one|it|another))|in the middle of (?:one|it|another)))\b(?!.{0,120}?\b(?:(?:\d+|a|a few|two|three|four|five|several|many|some) (?:years?|months?|weeks?|days?|decades?|summers?|winters?) (?:ago|back)|years (?:ago|back)|a decade ago|last (?:year|month|week|spring|summer|autumn|fall|winter|christmas)|in (?:january|february|march|april|may|june|july|august|september|october|november|december|(?:19|20)\d\d)|as a (?:kid|child|baby)|when (?:he|she|they) (?:was|were)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|next (?:week|month|year)|tomorrow|due in)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex TheirsAgain();

    // The same of nobody said, or of the writer: "its started again", "another one just started", "im having another
    // one". Like the writer's own, a twitch or cramp named nearer is what it is.
    [GeneratedRegex(@"\b(?:(?:im|i am|i think im|i think i am) having another(?: one)?(?=\s*$| (?:now|right now|again|as we speak|i think)\b)|(?:its|it has|it s|its just) (?:started|starting|happening|kicked off|come back) again|another (?:ones? )?(?:has )?(?:just )?(?:started|starting|begun|going now))\b(?!.{0,120}?\b(?:(?:\d+|a|a few|two|three|four|five|several|many|some) (?:years?|months?|weeks?|days?|decades?|summers?|winters?) (?:ago|back)|years (?:ago|back)|a decade ago|last (?:year|month|week|spring|summer|autumn|fall|winter|christmas)|in (?:january|february|march|april|may|june|july|august|september|october|november|december|(?:19|20)\d\d)|as a (?:kid|child|baby)|when (?:he|she|they) (?:was|were)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|next (?:week|month|year)|tomorrow|due in)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex ItAgain();

    // "is he having another one?": asked of now, it counts as said.
    [GeneratedRegex(@"^(?:(?:and|but|so|oh|omg|help) )?(?:is|are) (?:he|she|they) having (?:another(?: one)?|one|a (?:seizure|fit|stroke))\b", RegexOptions.CultureInvariant)]
    private static partial Regex AsksIfNow();

    [GeneratedRegex(@"^(?:(?:it was|its|that was|thats|i mean|as in|like) )?(?:a|an|the|some) (?!(?:big|bad|little|small|massive|awful|huge|long|short|nasty|proper|real) (?:one|1)\b)(?!.*\b(?:is|was|are|were|be|been|has|had|have|lasted|lasts|looks?|looked|went|gone|goes|keeps?|kept|wont|cant|cannot|not|isnt|wasnt|did|does|started|stopped|still|now|whole|side|minutes?|mins?|seconds?|ones?|1|tonic|clonic|grand mal|petit mal|absence|focal|full blown)\b)[a-z]+(?: [a-z]+){0,6}$", RegexOptions.CultureInvariant)]
    private static partial Regex WhatItWas();

    [GeneratedRegex(@"\b(?:cramp\w*|twitch\w*|spasm\w*|tics?|flicker\w*|charl[ei]y horse)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Complaint();
}
