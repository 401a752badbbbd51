using System.Text.RegularExpressions;

namespace BotService.Triage.Extraction;

/// <summary>
/// Someone else's illness told as something over ("my dad had a stroke years ago", "my neighbour had a seizure last
/// week", "my dog had a fit last week"). Judged one event at a time (<see cref="PastEvents"/>): only an event whose
/// subject is another adult or a pet, with a marker, with nothing present or recent in it, and with no sign the lexicon
/// knows besides the one the marker names, in it or after it in the clause, is over. "my girlfriend with a history of
/// epilepsy had a fit in the bath" names a fit besides the history, so it is read. Children, patients and clients are
/// never set aside: what a parent or carer tells of them is usually why they write.
/// </summary>
internal static partial class OtherPersonHistory
{
    internal const string People =
        "dad|father|mum|mom|mother|brother|sister|grandma|grandmother|grandpa|grandfather|grandad|granddad|gran|nan|granny|uncle|aunt|auntie|cousin"
        + "|friend|wife|husband|partner|boyfriend|girlfriend|neighbour|neighbor|colleague|coworker|boss|flatmate|housemate|family";

    private const string Pets = "dog|cat|puppy|kitten|pet|horse";

    /// <summary>Someone else's age when something happened: "(when) she was 12", "he was a baby".</summary>
    internal const string TheirAge = @"(?:he|she|they) (?:was|were) (?:a baby|a toddler|a child|a kid|a teenager|little|small|young|at school|\d+)";

    /// <summary>A time said before the subject: "years ago my mum had a stroke", "in 2015 my dad had a heart attack".</summary>
    internal const string TimeFirst =
        @"(?:(?:(?:\d+|a few|a couple of|several|many|some|two|three|four|five|ten) )?years ago|(?:back )?in (?:19|20)\d\d|last (?:week|month|year)|back then),? ";

    // All interpreted, not compiled to IL (see Pattern.Interpret): they run only on clauses that name a person or a marker.
    // Source-generated instead (the twenty-third session), they counted fewer instructions with tiered compilation off but
    // read a typical message in 70 instead of 45 µs in TriageBenchmarks.ReadMessage, as the host runs them.
    private static readonly PrefilteredRegex Person = new(Pattern.Interpret(
        $@"^(?:(?:and|but|so|then) )?(?:(?:my|his|her|our|a|the|one of (?:the|my|our)) )?(?:{People})s?(?: (?:of mine|in law))?"));

    private static readonly PrefilteredRegex HeOrShe = new(Pattern.Interpret(@"^(?:(?:and|but|so|then|when|after|while|whilst) )?(?:he|she|they)"));

    private static readonly PrefilteredRegex Pet = new(Pattern.Interpret($@"^(?:(?:and|but|so|then) )?(?:my|our|the) (?:{Pets})s?"));

    // Someone said to be well again is not about now: "my wife who had a seizure years ago is fine now".
    private static readonly Regex Recovered = Pattern.Interpret(
        @"(?:is|are|hes|shes|theyre|was|were)(?: (?:totally|completely|all))? (?:fine|ok|okay|well|better|all right|alright|recovered|doing (?:fine|ok|okay|well|great|better))(?: now)?"
        + @"|(?:has|have) (?:since |now |fully )?recovered(?: now)?");

    private static readonly PrefilteredRegex Over = new(Pattern.Interpret(
        @"died|passed away|(?<!no )history(?: of(?: (?:seizures|fits|convulsions|strokes|mini strokes|tias|heart attacks|blood clots|clots|epilepsy|cancer|heart (?:problems|disease)))?)?|runs in|run in|diagnosed(?: with)?|years ago|from a stroke"
        + @"|(?<=(?:had|after|from|of|and) (?:a )?)(?:als|mnd|ms|parkinson\w*|cancer|epilepsy|heart attack)"));

    // A fit or a stroke is over only with a time said that is clearly past: "had a seizure at the bus stop last week".
    // A bare "my dad had a stroke" may be happening now: it is read, and the stroke named gets the FAST check.
    private static readonly PrefilteredRegex PastFit = new(Pattern.Interpret(
        @"(?<=had (?:a |an |two |three |\d+ )?(?:febrile )?)(?:seizures?|fits?|convulsions?)|(?<=had (?:a )?(?:mini |small |minor )?)strokes?"));

    // Also the time that dates an event, for what its markers account for (see Unexplained).
    private static readonly Regex ClearlyPast = Pattern.Interpret(
        @"years ago|last (?:week|month|year|spring|summer|autumn|fall|winter)|(?:\d+|a few|a couple of|two|three|four|five|several|some) (?:days|weeks|months|years) ago|in (?:19|20)\d\d|in (?:january|february|march|april|june|july|august|september|october|november|december)|years back"
        + @"|when " + TheirAge + @"|last christmas");

    // Anything that makes the event about now: then it is read.
    private static readonly Regex Now = Pattern.Interpret(
        @"is|are|am|isnt|arent|(?:has|have)(?! had| (?:a )?history)|hasnt|havent|cant|cannot|wont|doesnt|dont|keeps?|having|still|now|again|currently|hes|shes|theyre|needs?|(?:says|said|told me|thinks|think) (?:that )?(?:i|im|me|my)|worried|scared|afraid|might|may|could|must|looks"
        + @"|twitch(?:es|ing)|cramp(?:s|ing)|spasm(?:s|ing)|jerk(?:s|ing)|shak(?:es|ing)"
        + @"|just|today|tonight|this (?:morning|afternoon|evening|week)|last night|in the night|overnight|earlier|yesterday|(?:an?|\d+|[a-z]+) (?:minutes?|mins?|hours?|hrs?) ago"
        + @"|at (?:[1-9]|1[0-2])(?:[.:]\d\d ?(?:am|pm)?| ?(?:am|pm)\b|(?= (?:this|in the|last night|tonight|oclock)))|at (?:dinner|lunch|lunchtime|breakfast|tea|teatime|supper)");

    /// <summary>Whether the text holds any marker at all: most clauses hold none, and are not divided into events.</summary>
    public static bool MayHoldMarker(string text) => Over.IsMatch(text) || PastFit.IsMatch(text);

    /// <summary>Whether the clause names someone else as its subject (or is "he"/"she" after a clause that did).</summary>
    public static bool NamesSomeoneElse(string clause, bool previousDid)
    {
        var subject = AfterTimeFirst(clause);
        return Person.IsMatch(subject) || (previousDid && HeOrShe.IsMatch(subject));
    }

    /// <summary>Whether one event of a clause is someone else's illness, over and told in the past.</summary>
    /// <param name="someoneElse">The event's subject is someone else said before ("he", or an event with no subject of its own).</param>
    /// <param name="after">What follows in the clause: a sign there may still be theirs ("...last year went grey and sweaty").</param>
    public static bool IsOver(string happening, bool someoneElse, string after)
    {
        var person = someoneElse || Person.IsMatch(AfterTimeFirst(happening));
        var marked = person
            ? Over.IsMatch(happening) || (PastFit.IsMatch(happening) && ClearlyPast.IsMatch(happening))
            : Pet.IsMatch(AfterTimeFirst(happening)) && (PastFit.IsMatch(happening) || Over.IsMatch(happening));
        return marked && !Now.IsMatch(Recovered.Replace(happening, " ")) && !Lexicon.Default.NamesSign($"{Unexplained(happening).Trim()} {after.Trim()}");
    }

    /// <summary>The clearly past time the event is dated by ("last year"), if any.</summary>
    public static string? DateOf(string happening) => ClearlyPast.Match(happening) is { Success: true } date ? date.Value : null;

    /// <summary>Whether the event starts with someone else as its subject, or "he"/"she".</summary>
    public static bool HasOtherSubject(string happening)
    {
        var subject = AfterTimeFirst(happening);
        return Person.IsMatch(subject) || Pet.IsMatch(subject) || HeOrShe.IsMatch(subject);
    }

    // What follows a time said before the subject. Matched apart, anchored, so that the subject patterns keep their
    // literal first words and skip most clauses at once.
    private static string AfterTimeFirst(string text) => TimeSaidFirst().Match(text) is { Success: true } time ? text[time.Length..] : text;

    // What the markers do not account for. A time ("years ago", "last week") dates what comes before it in the event
    // ("had weakness from a stroke years ago"), not what follows ("who had a heart attack in 2019 went grey"); a condition
    // ("a history of epilepsy") dates nothing else in the event, so "...had a fit in the bath" after it is left.
    // A time said first ("last year my neighbour had a seizure") dates all of the event.
    private static string Unexplained(string happening)
    {
        var dated = ClearlyPast.Match(happening);
        if (dated.Success && Conjunction().IsMatch(happening.AsSpan(0, dated.Index)))
        {
            return "";
        }

        return Over.Regex.Replace(dated.Success ? happening[(dated.Index + dated.Length)..] : happening, " ");
    }

    [GeneratedRegex(@"^(?:(?:and|but|so|then|when|after|while|whilst) )?" + TimeFirst, RegexOptions.CultureInvariant)]
    private static partial Regex TimeSaidFirst();

    [GeneratedRegex(@"^\s*(?:(?:and|but|so|then),? )?$", RegexOptions.CultureInvariant)]
    private static partial Regex Conjunction();
}
