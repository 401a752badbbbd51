using System.Text.RegularExpressions;

namespace BotService.Triage.Extraction;

/// <summary>
/// Someone else's illness told as something over ("my dad had a stroke years ago", "my husband was taken to hospital
/// with chest pain yesterday", "my neighbour had a seizure last week", "my dog had a fit"): not the person's own signs.
/// Only a clause told wholly in the past and of someone else counts: one that says anything in the present ("is",
/// "has", "cant", "still"), says "I" or "my" of the writer, or says it is recent ("earlier", "at 6am") is read as usual,
/// since a red flag happening now must never be set aside. A clause opening with "he" or "she" after one about someone
/// else is about them too.
/// </summary>
internal static class OtherPersonHistory
{
    private const string People =
        "dad|father|mum|mom|mother|brother|sister|grandma|grandmother|grandpa|grandfather|grandad|granddad|gran|nan|granny|uncle|aunt|auntie|cousin"
        + "|friend|wife|husband|partner|boyfriend|girlfriend|neighbour|neighbor|colleague|coworker|boss|flatmate|housemate";

    // Not children, patients or clients: what a parent or carer tells of them is usually why they are writing.
    private const string Pets = "dog|cat|puppy|kitten|pet|horse";

    private static readonly PrefilteredRegex Person = new(Pattern.Compile(
        $@"(?:my|his|her|our|a|the|one of (?:the|my|our)) (?:{People})s?|^(?:{People})s?|family"));

    private static readonly PrefilteredRegex HeOrShe = new(Pattern.Compile(@"^(?:and |but |so )?(?:he|she|they)"));

    // The pet is the one it happened to: "my dog had a seizure", not "the dog found me on the floor fitting".
    private static readonly PrefilteredRegex PetIll = new(Pattern.Compile(
        $@"^(?:my|our|the) (?:{Pets})s? (?:had|was|went|collapsed|fitted)"));

    private static readonly Regex Over = Pattern.Compile(
        @"died|passed away|history|runs in|run in|diagnosed|years ago|from a stroke|(?:taken|rushed|admitted|brought) (?:in)?to (?:the )?(?:hospital|a and e|ae|er)|(?:rushed|taken|admitted) in|had a stent|discharged"
        + @"|had (?:als|mnd|ms|parkinson\w*|cancer|epilepsy|a heart attack)");

    // A fit or a stroke is over only with a time said that is clearly past: "had a seizure at the bus stop last week".
    // A bare "my dad had a stroke" may be happening now: it is read, and the stroke named gets the FAST check.
    private static readonly Regex PastFit = Pattern.Compile(
        @"had (?:a |an |two |three |\d+ )?(?:febrile )?(?:seizures?|fits?|convulsions?)|had (?:a )?(?:mini |small |minor )?strokes?");

    private static readonly Regex ClearlyPast = Pattern.Compile(
        @"last (?:week|month|year|spring|summer|autumn|fall|winter)|(?:\d+|a few|a couple of|two|three|four|five|several|some) (?:days|weeks|months|years) ago|in (?:19|20)\d\d|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|years back");

    // Anything that makes the clause about now, or about the writer: then nothing in it is set aside.
    private static readonly Regex NowOrWriter = Pattern.Compile(
        $@"is|are|am|isnt|arent|has|hasnt|have|havent|cant|cannot|wont|doesnt|dont|keeps?|having|still|now|again|currently|hes|shes|theyre|says|thinks|think|worried|scared|afraid|might|may|could|must|looks"
        + @"|twitch(?:es|ing)|cramp(?:s|ing)|spasm(?:s|ing)|jerk(?:s|ing)|shak(?:es|ing)"
        + @"|just|today|tonight|this (?:morning|afternoon|evening|week)|last night|in the night|overnight|earlier|(?:an?|\d+|[a-z]+) (?:minutes?|mins?|hours?|hrs?) ago|at (?:[1-9]|1[0-2])(?:[.:]\d\d)? ?(?:am|pm)?(?! ?(?:years?|yrs?|weeks?))\b|yesterday(?<!(?:taken|rushed|admitted|brought)(?: [a-z]+){0,6} yesterday)"
        + $@"|i|im|ive|id|my (?!(?:{People}|{Pets})s?\b)[a-z]+");

    // Where the writer starts speaking of themselves: "... and i have", "... so im", "... and my chest".
    private static readonly Regex WriterStarts = new(
        $@"\s(?:and|so|but|while|whilst|now)\s(?=(?:i|im|ive|id|me|my (?!(?:{People}|{Pets})s?\b))\b)",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>
    /// Where the writer takes over in a clause that opens with someone else's history ("my brother had a heart attack in
    /// 2020 and i have a twitchy eyelid"), or -1: the part before is that history, the rest is read as the writer's.
    /// </summary>
    public static int WriterTakesOver(string clause, bool someoneElse) =>
        WriterStarts.Match(clause) is { Success: true } turn && Is(clause[..turn.Index], someoneElse) && !SameAgain.IsMatch(clause, turn.Index)
            ? turn.Index
            : -1;

    // "my cat had a seizure and i had one too": the writer has it as well, so the clause is not divided.
    private static readonly Regex SameAgain = new(
        @"\G\s\w+\s(?:[a-z]+ ){0,3}(?:one|it|that|the same)(?: [a-z]+)? (?:too|as well|also)\b|\G\s\w+\s(?:[a-z]+ ){0,3}the same\b",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Whether the clause names someone else (or is "he"/"she" after a clause that did).</summary>
    public static bool NamesSomeoneElse(string clause, bool previousDid) =>
        Person.IsMatch(clause) || (previousDid && HeOrShe.IsMatch(clause));

    /// <summary>Whether the clause is someone else's illness, over and told in the past.</summary>
    public static bool Is(string clause, bool someoneElse)
    {
        var over = someoneElse
            ? Over.IsMatch(clause) || (PastFit.IsMatch(clause) && ClearlyPast.IsMatch(clause))
            : PetIll.IsMatch(clause);
        return over && !NowOrWriter.IsMatch(clause);
    }
}
