using System.Text.RegularExpressions;

namespace BotService.Triage.Extraction;

/// <summary>
/// Someone else's illness told as history or as in others' hands ("my dad had a stroke years ago", "my husband was
/// taken to hospital with chest pain", "my dog had a seizure last week"): not the person's own signs. Not when it is
/// happening now ("my dad had a stroke earlier and cant lift his arm"); and what the writer goes on to say about
/// themselves in the same clause ("my wife is in hospital and i have crushing chest pain") is a clause of its own.
/// </summary>
internal static class OtherPersonHistory
{
    private const string People =
        "dad|father|mum|mom|mother|brother|sister|grandma|grandmother|grandpa|grandfather|grandad|granddad|gran|nan|granny|uncle|aunt|auntie|cousin|friend|wife|husband|partner";

    private const string Pets = "dog|cat|puppy|kitten|pet|horse";

    private static readonly Regex Person = Pattern.Compile($@"(?:my|his|her|our) (?:{People})s?|family");

    private static readonly Regex Pet = Pattern.Compile($@"(?:my|his|her|our|the) (?:{Pets})s?");

    private static readonly Regex Over = Pattern.Compile(@"died|passed away|history|diagnosed|years ago|runs in|from a stroke");

    private static readonly Regex InCare = Pattern.Compile(
        @"(?:taken|rushed|admitted|brought) (?:in)?to (?:the )?(?:hospital|a and e|ae|er)|(?:is|are) (?:now |still )?in (?:the )?hospital|in good hands");

    private static readonly Regex PastEvent = Pattern.Compile(
        @"had (?:als|mnd|ms|parkinson\w*|(?:a )?(?:mini |small |minor )?stroke|cancer|epilepsy|a heart attack)");

    private static readonly Regex HappeningNow = Pattern.Compile(
        @"just|now|today|tonight|this (?:morning|afternoon|evening)|last night|in the night|overnight|earlier|(?:an?|\d+|[a-z]+) (?:minutes?|mins?|hours?|hrs?) ago|at \d+\w*|yesterday|currently|still|(?:he|she|they|hes|shes|theyre|and|but) (?:is|are|isnt|arent|wont|cant|cannot|not|still|keeps?)|has had|have had|think|thinks|worried|scared|afraid|might|may|could|must|looks like");

    private static readonly Regex PetIllness = Pattern.Compile(@"seizures?|fits?|fitting|collaps\w*|funny turn");

    // Where the writer starts speaking of themselves: "... and i have", "... so im", "... and my chest".
    private static readonly Regex WriterStarts = new(
        $@"\s(?:and|so|but|while|whilst|now)\s(?=(?:i|im|ive|id|me|my (?!(?:{People}|{Pets})s?\b))\b)",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // "my cat had a seizure and i had one too": the writer has it as well, so the clause is theirs too.
    private static readonly Regex SameAgain = new(
        @"\G\s\w+\s(?:[a-z]+ ){0,3}(?:one|it|that|the same)(?: [a-z]+)? (?:too|as well|also)\b|\G\s\w+\s(?:[a-z]+ ){0,3}the same\b",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Whether the clause is someone else's history; <paramref name="writerPart"/> is where the writer takes over, or -1.</summary>
    public static bool Is(string clause, out int writerPart)
    {
        writerPart = -1;
        var person = Person.IsMatch(clause);
        var history = person
            ? Over.IsMatch(clause) || InCare.IsMatch(clause) || (PastEvent.IsMatch(clause) && !HappeningNow.IsMatch(clause))
            : Pet.IsMatch(clause) && PetIllness.IsMatch(clause);
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
}
