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

    public int End => Ends[Index];

    /// <summary>The next events, as far as the last that ends within reach (at least the next one).</summary>
    public string Near() => Clause[End..NearEnd()];

    /// <summary>
    /// <see cref="Near"/>, up to where the writer starts telling of themselves ("...and my eyelid twitches"): a sign from
    /// there on is the writer's, so it does not keep someone else's old event to be read with it.
    /// </summary>
    public string UntilTheWriter()
    {
        var nearEnd = NearEnd();
        for (var j = Index; j < Ends.Count - 1 && Ends[j] < nearEnd; j++)
        {
            if (WriterFirst().IsMatch(Clause.AsSpan(Ends[j] + 1)))
            {
                return Clause[End..Ends[j]];
            }
        }

        return Clause[End..nearEnd];
    }

    /// <summary>
    /// Whether what follows points back to the event, so that it matters now. "again" or "another" anywhere near does;
    /// for someone else's event, "still" or "since then" only in the next event that goes on about them, not the writer:
    /// "since he was 12" (it lasts), "and she still hasnt woken up", "and is having a bad one". In "my dad had a heart
    /// attack in 2015 and my water tablets were changed and since then ive had cramps" the cramps date from the tablets.
    /// </summary>
    public bool PointBack(bool theirs)
    {
        if (SameAgain().IsMatch(Clause, End))
        {
            return true;
        }

        if (!theirs)
        {
            return SinceOrStill().IsMatch(Clause, End);
        }

        var next = NextEvent();
        return !WriterFirst().IsMatch(next)
            && (Lasting().IsMatch(next) || SinceOrStill().IsMatch(next) || OtherPersonHistory.SaysNow(next));
    }

    /// <summary>Whether what follows is dated by the event: "...died last year and since then my eyelid twitches".</summary>
    public bool DateBack() => SinceBack().IsMatch(Clause, End);

    private int NearEnd()
    {
        var j = Math.Min(Index + 1, Ends.Count - 1);
        while (j + 1 < Ends.Count && Ends[j + 1] <= End + Reach)
        {
            j++;
        }

        return Ends[j];
    }

    // The next event with more in it than joining words: "and then she still hasnt woken up" is one. None when only joining
    // words are left: "...in 2015 and since" ends a clause when "then ive had cramps" starts the next.
    private string NextEvent()
    {
        for (var j = Index + 1; j < Ends.Count && Ends[j - 1] <= End + Reach; j++)
        {
            if (!OnlyJoining().IsMatch(Clause.AsSpan(End, Ends[j] - End)))
            {
                return Clause[End..Ends[j]].Trim();
            }
        }

        return "";
    }

    [GeneratedRegex(@"\G\s\w+\s(?:[a-z]+ ){0,4}(?:another|the same|(?:had|having|have|got) (?:(?:a|another) )?(?:(?:bad|big|small|little|long|short|major|minor|full) )?(?:one|it|them)|one (?:too|as well|also|again|now|today))\b|\G.{0,120}?\b(?:again|another)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SameAgain();

    [GeneratedRegex(@"\G.{0,120}?\b(?:ever since|since then|since that|after that|from then|still|since(?=\s*(?:$|[,.!?;]|and\b|but\b)))", RegexOptions.CultureInvariant)]
    private static partial Regex SinceOrStill();

    [GeneratedRegex(@"\G.{0,40}?\b(?:ever since|since then|since that|since(?=\s*$))\b", RegexOptions.CultureInvariant)]
    private static partial Regex SinceBack();

    // The writer as subject, not "my mum": "and my eyelid twitches", "and since then ive had cramps".
    [GeneratedRegex(@"^(?:(?:and|but|so|then),? )*(?:(?:ever since|since then|since that|after that|from then)(?: on)?,? )?(?:(?:says|said|thinks|thought|reckons)(?: that)? )?(?:i|im|ive|id|me|we|our|my(?! (?:" + OtherPersonHistory.People + @")s?\b))\b", RegexOptions.CultureInvariant)]
    private static partial Regex WriterFirst();

    [GeneratedRegex(@"^\s*(?:(?:and|but|so|then|when|while|whilst|after|before|until|since|as),?\s*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex OnlyJoining();

    [GeneratedRegex(@"^(?:(?:and|but|so|then) )*since (?:(?:he|she|they) (?:was|were) |(?:childhood|birth|(?:19|20)\d\d|a (?:child|kid|baby|teenager)))", RegexOptions.CultureInvariant)]
    private static partial Regex Lasting();
}
