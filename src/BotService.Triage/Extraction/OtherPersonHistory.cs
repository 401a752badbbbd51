using System.Text.RegularExpressions;

namespace BotService.Triage.Extraction;

/// <summary>
/// Someone else's illness told as something over ("my dad had a stroke years ago", "my husband was taken to hospital
/// with chest pain yesterday", "my neighbour had a seizure last week", "my dog had a fit"). Judged one event at a time
/// (<see cref="PastEvents"/>): only the event whose subject is another adult or a pet, with a marker, and with nothing
/// in the present or recent in it, is set aside; what the clause goes on to say ("...and his face drooped", "...and i
/// have crushing chest pain") is read. Children, patients and clients are never set aside: what a parent or carer tells
/// of them is usually why they write.
/// </summary>
internal static class OtherPersonHistory
{
    private const string People =
        "dad|father|mum|mom|mother|brother|sister|grandma|grandmother|grandpa|grandfather|grandad|granddad|gran|nan|granny|uncle|aunt|auntie|cousin"
        + "|friend|wife|husband|partner|boyfriend|girlfriend|neighbour|neighbor|colleague|coworker|boss|flatmate|housemate|family";

    private const string Pets = "dog|cat|puppy|kitten|pet|horse";

    private static readonly PrefilteredRegex Person = new(Pattern.Compile(
        $@"^(?:(?:and|but|so|then|when|while|whilst) )?(?:(?:my|his|her|our|a|the|one of (?:the|my|our)) )?(?:{People})s?(?: (?:of mine|in law))?"));

    private static readonly PrefilteredRegex HeOrShe = new(Pattern.Compile(@"^(?:(?:and|but|so|then) )?(?:he|she|they)"));

    private static readonly PrefilteredRegex PetIll = new(Pattern.Compile(
        $@"^(?:(?:and|but|so|then) )?(?:my|our|the) (?:{Pets})s? (?:had|was|went|collapsed|fitted)"));

    private static readonly Regex Over = Pattern.Compile(
        @"died|passed away|(?<!no )history|runs in|run in|diagnosed|years ago|from a stroke|(?:taken|rushed|admitted|brought) (?:in)?to (?:the )?(?:hospital|a and e|ae|er)|(?:rushed|taken|admitted) in|had a stent|discharged"
        + @"|had (?:als|mnd|ms|parkinson\w*|cancer|epilepsy|a heart attack)");

    // A fit or a stroke is over only with a time said that is clearly past: "had a seizure at the bus stop last week".
    // A bare "my dad had a stroke" may be happening now: it is read, and the stroke named gets the FAST check.
    private static readonly Regex PastFit = Pattern.Compile(
        @"had (?:a |an |two |three |\d+ )?(?:febrile )?(?:seizures?|fits?|convulsions?)|had (?:a )?(?:mini |small |minor )?strokes?");

    private static readonly Regex ClearlyPast = Pattern.Compile(
        @"last (?:week|month|year|spring|summer|autumn|fall|winter)|(?:\d+|a few|a couple of|two|three|four|five|several|some) (?:days|weeks|months|years) ago|in (?:19|20)\d\d|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|years back");

    // Anything that makes the event about now: then it is read. "taken to hospital yesterday" stays over.
    private static readonly Regex Now = Pattern.Compile(
        @"is|are|am|isnt|arent|has(?! had)|hasnt|have(?! had)|havent|cant|cannot|wont|doesnt|dont|keeps?|having|still|now|again|currently|hes|shes|theyre|needs?|says|said|told|thinks|think|worried|scared|afraid|might|may|could|must|looks"
        + @"|twitch(?:es|ing)|cramp(?:s|ing)|spasm(?:s|ing)|jerk(?:s|ing)|shak(?:es|ing)"
        + @"|just|today|tonight|this (?:morning|afternoon|evening|week)|last night|in the night|overnight|earlier|(?:an?|\d+|[a-z]+) (?:minutes?|mins?|hours?|hrs?) ago"
        + @"|at (?:[1-9]|1[0-2])(?:[.:]\d\d)? ?(?:am|pm)?(?! ?(?:years?|yrs?|weeks?))|at (?:dinner|lunch|lunchtime|breakfast|tea|teatime|supper)"
        + @"|yesterday(?<!(?:taken|rushed|admitted|brought)(?: [a-z]+){0,6} yesterday)");

    /// <summary>Whether the clause names someone else as its subject (or is "he"/"she" after a clause that did).</summary>
    public static bool NamesSomeoneElse(string clause, bool previousDid) =>
        Person.IsMatch(clause) || (previousDid && HeOrShe.IsMatch(clause));

    /// <summary>Whether one event of a clause is someone else's illness, over and told in the past.</summary>
    public static bool IsOver(string happening, bool someoneElse)
    {
        var over = someoneElse || Person.IsMatch(happening)
            ? Over.IsMatch(happening) || (PastFit.IsMatch(happening) && ClearlyPast.IsMatch(happening))
            : PetIll.IsMatch(happening);
        return over && !Now.IsMatch(happening);
    }
}
