using System.Text.RegularExpressions;

namespace BotService.Triage.Extraction;

/// <summary>
/// Someone else's illness told as history or as in others' hands ("my dad had a stroke years ago", "my husband was
/// taken to hospital with chest pain", "my neighbour had a seizure last week", "my dog had a fit"): not the person's own
/// signs. Never when it is happening now ("my dad had a stroke earlier and cant lift his arm", "he isnt breathing"); and
/// what the writer goes on to say about themselves in the same clause ("my wife is in hospital and i have crushing chest
/// pain") is a clause of its own. A clause that opens with "he" or "she" after one about someone else is about them too.
/// </summary>
internal static class OtherPersonHistory
{
    private const string People =
        "dad|father|mum|mom|mother|brother|sister|grandma|grandmother|grandpa|grandfather|grandad|granddad|gran|nan|granny|uncle|aunt|auntie|cousin"
        + "|friend|wife|husband|partner|boyfriend|girlfriend|son|daughter|child|kid|baby|neighbour|neighbor|colleague|coworker|boss|patient|client|flatmate|housemate";

    private const string Pets = "dog|cat|puppy|kitten|pet|horse";

    private static readonly PrefilteredRegex Person = new(Pattern.Compile(
        $@"(?:my|his|her|our|a|the|one of (?:the|my|our)) (?:{People})s?|^(?:{People})s?|family"));

    private static readonly PrefilteredRegex HeOrShe = new(Pattern.Compile(@"^(?:and |but |so )?(?:he|she|they|hes|shes|theyve|theyre)"));

    private static readonly PrefilteredRegex Pet = new(Pattern.Compile($@"(?:my|his|her|our|the) (?:{Pets})s?"));

    // Over for good, whatever the time words: "my mum died last week", "strokes run in my family".
    private static readonly Regex Gone = Pattern.Compile(@"died|passed away|history|runs in|run in");

    private static readonly Regex Over = Pattern.Compile(@"diagnosed|years ago|from a stroke");

    private static readonly Regex InCare = Pattern.Compile(
        @"(?:taken|rushed|admitted|brought) (?:in)?to (?:the )?(?:hospital|a and e|ae|er)|(?:rushed|taken|admitted) in|(?:is|are) (?:now |still )?in (?:the )?hospital|in good hands|had a stent|discharged");

    private static readonly Regex PastEvent = Pattern.Compile(
        @"had (?:als|mnd|ms|parkinson\w*|(?:a )?(?:mini |small |minor )?stroke|cancer|epilepsy|a heart attack)");

    // A fit is history only with a time said that is clearly past: "had a seizure at the bus stop last week".
    private static readonly Regex PastFit = Pattern.Compile(@"had (?:a |an |two |three |\d+ )?(?:febrile )?(?:seizures?|fits?|convulsions?)");

    private static readonly Regex ClearlyPast = Pattern.Compile(
        @"last (?:week|month|year|spring|summer|autumn|fall|winter)|(?:\d+|a few|a couple of|two|three|four|five|several|some) (?:days|weeks|months|years) ago|this (?:week|month|year)|in (?:19|20)\d\d|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|years back");

    private static readonly Regex Recent = Pattern.Compile(
        @"just|now|today|tonight|this (?:morning|afternoon|evening)|last night|in the night|overnight|earlier|(?:an?|\d+|[a-z]+) (?:minutes?|mins?|hours?|hrs?) ago|at \d+\w*|yesterday|currently|has had|have had|think|thinks|worried|scared|afraid|might|may|could|must|looks like");

    // The other person's state now: "and is on the floor", "she cant speak", "hes very drowsy".
    private static readonly Regex StateNow = Pattern.Compile(
        @"(?:he|she|they|and|but|now) (?:is|are|isnt|arent|wont|cant|cannot|not|still|keeps?|having|doesnt)|(?:hes|shes|theyre) (?!had\b|been\b)[a-z]+|unresponsive|not breathing");

    private static readonly PrefilteredRegex PetIllness = new(Pattern.Compile(@"seizures?|fits?|fitting|collaps\w*|funny turn"));

    // Where the writer starts speaking of themselves: "... and i have", "... so im", "... and my chest".
    private static readonly Regex WriterStarts = new(
        $@"\s(?:and|so|but|while|whilst|now)\s(?=(?:i|im|ive|id|me|my (?!(?:{People}|{Pets})s?\b))\b)",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // "my cat had a seizure and i had one too": the writer has it as well, so the clause is theirs too.
    private static readonly Regex SameAgain = new(
        @"\G\s\w+\s(?:[a-z]+ ){0,3}(?:one|it|that|the same)(?: [a-z]+)? (?:too|as well|also)\b|\G\s\w+\s(?:[a-z]+ ){0,3}the same\b",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Whether the clause names someone else (or is "he"/"she" after a clause that did).</summary>
    public static bool NamesSomeoneElse(string clause, bool previousDid) =>
        Person.IsMatch(clause) || (previousDid && HeOrShe.IsMatch(clause));

    /// <summary>Whether the clause is someone else's history; <paramref name="writerPart"/> is where the writer takes over, or -1.</summary>
    public static bool Is(string clause, bool someoneElse, out int writerPart)
    {
        writerPart = -1;
        var history = someoneElse ? IsTheirHistory(clause) : Pet.IsMatch(clause) && PetIllness.IsMatch(clause);
        if (history && WriterStarts.Match(clause) is { Success: true } turn)
        {
            if (SameAgain.IsMatch(clause, turn.Index))
            {
                return false;
            }

            writerPart = turn.Index;
        }

        return history;
    }

    private static bool IsTheirHistory(string clause)
    {
        if (Gone.IsMatch(clause))
        {
            return true;
        }

        if (StateNow.IsMatch(clause))
        {
            return false;
        }

        return InCare.IsMatch(clause)
            || (!Recent.IsMatch(clause) && (Over.IsMatch(clause) || PastEvent.IsMatch(clause) || (PastFit.IsMatch(clause) && ClearlyPast.IsMatch(clause))));
    }
}
