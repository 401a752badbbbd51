using System.Text.RegularExpressions;

namespace BotService.Triage.Extraction;

/// <summary>
/// What a clause says after one of its events (<see cref="PastEvents"/>): a sign that may still be part of it, or words
/// that point back to it. Looked for only up to <see cref="Reach"/> characters on, so that a long clause is read in
/// linear time: a 16,000-character message of "my dad had a stroke years ago and ..." took 470 ms while every event
/// read all the rest.
/// </summary>
/// <param name="Ends">Where each event of the clause ends: its boundaries, then the clause's length.</param>
/// <param name="Index">The event's number.</param>
internal readonly partial record struct FollowingEvents(string Clause, List<int> Ends, int Index)
{
    private const int Reach = 200;

    // Words that close the event ("has been fine since"), looked for once: Near, PointBack and DateBack each need them.
    private readonly Match _settled = Settled().Match(Clause, Ends[Index]);

    public int End => Ends[Index];

    // Where what follows the event starts to matter: after its closing words, if it has any.
    private int AfterSettled => _settled.Success ? _settled.Index + _settled.Length : End;

    /// <summary>
    /// The next events, as far as the last that ends within reach (at least the next one), without words that close
    /// this one: the fit in "...and has been seizure free since" or "...and hasnt had a fit since" is not a new sign.
    /// </summary>
    public string Near()
    {
        var end = NearEnd();
        var words = _settled.Groups["words"];
        return _settled.Success && AfterSettled <= end
            ? string.Concat(Clause.AsSpan(End, words.Index - End), Clause.AsSpan(words.Index + words.Length, end - words.Index - words.Length))
            : Clause[End..end];
    }

    /// <summary>
    /// Whether what follows points back to the event, so that it matters now: "again", "another" or "had one too", or
    /// "still" or "since then" within 120 characters (the old rule). For someone else's event, a "still" or "since" the
    /// writer says of themselves does not: "i can still walk fine", "since then my eyelid twitches", "my arm has twitched
    /// ever since"; one said of them does: "i think she is still having it", "since then he hasnt woken up properly".
    /// </summary>
    public bool PointBack(bool theirs)
    {
        // "has been fine since", "never had another": said to close the event, so only what follows that points back.
        var from = AfterSettled;
        if (SameAgain().IsMatch(Clause, from))
        {
            return true;
        }

        var word = SinceOrStill().Match(Clause, from);
        return word.Success && (!theirs || !SaidOfTheWriter(word.Index + word.Length - word.Groups["word"].Length, word.Index + word.Length));
    }

    // Whose "still" or "since" it is: the nearest person said before it ("she is still", "i can still", "my arm has
    // twitched ever since"), or, for "since then", the first said after it ("since then my eyelid twitches"). Nobody
    // said, or a time it lasts from, counts as theirs.
    private bool SaidOfTheWriter(int wordStart, int wordEnd)
    {
        if (Lasting().IsMatch(Clause, wordEnd))
        {
            // "has had epilepsy since he was 12": it lasts.
            return false;
        }

        var after = PersonAfter().Match(Clause, wordEnd);
        if (Clause.AsSpan(wordStart, wordEnd - wordStart).StartsWith("since", StringComparison.Ordinal) && after.Success && after.Index - wordEnd < 40)
        {
            return after.Groups["writer"].Success;
        }

        var before = PersonBefore().Match(Clause[End..wordStart]);
        return before.Success && before.Groups["writer"].Success;
    }

    /// <summary>
    /// Whether what follows is dated by the event: "...died last year and since then my eyelid twitches". The "since" of
    /// words that close it dates nothing: in "...had a seizure last year and has been fine since", not the writer's cramp.
    /// </summary>
    public bool DateBack() => SinceBack().IsMatch(Clause, AfterSettled);

    private int NearEnd()
    {
        var j = Math.Min(Index + 1, Ends.Count - 1);
        while (j + 1 < Ends.Count && Ends[j + 1] <= End + Reach)
        {
            j++;
        }

        return Ends[j];
    }

    [GeneratedRegex(@"\G\s\w+\s(?:[a-z]+ ){0,4}(?:another|the same|(?:had|having|have|got) (?:(?:a|another) )?(?:(?:bad|big|small|little|long|short|major|minor|full) )?(?:one|it|them)|one (?:too|as well|also|again|now|today))\b|\G.{0,120}?\b(?:again|another)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SameAgain();

    // Not "hasnt been ok since" or "not been well since" (the fit is why), nor "hasnt had one since until tonight".
    [GeneratedRegex(@"\G.{0,120}?\b(?<words>(?<!\b(?:not|never|no|isnt|hasnt|havent|wasnt|werent|aint)(?: been| really| quite| felt| seemed| looked){0,2} )(?:fine|well|ok|okay|good|great|better|normal|stable|seizure free|fit free)(?: ever)? since|(?:never|not|hasnt|has not|havent|have not|hadnt|had no) (?:had |have |having |been )?(?:another|any more|anymore|any others?|one since|any since|(?:a |any |one |more )?(?:fits?|seizures?|convulsions?) since)(?! (?:today|now|this|tonight|yesterday|just|again|until|till|til|up until|up to|except)\b)|(?:nothing|none|no (?:problems?|issues?|trouble|more|others?|further (?:ones|fits|seizures)))(?: (?:else|at all))? since|(?:hasnt|has not|havent|have not|not) had (?:one|any|a fit|a seizure|any fits|any seizures) (?:for|in) (?:years|ages|a long time|a while|\d+ years)|(?:is|are|has been|have been|was) (?:well |fully |totally |completely )?controlled)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Settled();

    [GeneratedRegex(@"\G.{0,120}?\b(?<word>ever since|since then|since that|after that|from then|still|since)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SinceOrStill();

    [GeneratedRegex(@"\G.{0,40}?\b(?:ever since|since then|since that|since(?=\s*$))\b", RegexOptions.CultureInvariant)]
    private static partial Regex SinceBack();

    [GeneratedRegex(@"\b(?:(?<writer>i|im|ive|id|me|we|our|my(?! (?:" + OtherPersonHistory.People + @")s?\b))|he|she|they|hes|shes|theyre|him|her|them|his|their|it|its|my (?:" + OtherPersonHistory.People + @")s?)\b(?!.*\b(?:i|im|ive|id|me|we|our|my|he|she|they|hes|shes|theyre|him|her|them|his|their|it|its)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex PersonBefore();

    [GeneratedRegex(@"\G.*?\b(?:(?<writer>i|im|ive|id|me|we|our|my(?! (?:" + OtherPersonHistory.People + @")s?\b))|he|she|they|hes|shes|theyre|him|her|them|his|their|it|its)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PersonAfter();

    [GeneratedRegex(@"\G\s+(?:(?:he|she|they) (?:was|were) |childhood|birth|(?:19|20)\d\d|a (?:child|kid|baby|teenager))", RegexOptions.CultureInvariant)]
    private static partial Regex Lasting();
}
