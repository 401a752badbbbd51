using System.Text.RegularExpressions;

namespace BotService.Triage.Extraction;

/// <summary>How a mention stands: said, ruled out, or hedged/irrelevant.</summary>
internal enum Polarity
{
    Present,
    Denied,
    Ignored,
}

/// <summary>
/// Decides whether a match in a clause is negated: a negation word before it in the same clause, with no
/// scope-breaking word ("but", "just", "and my") in between. One per clause: the clause's negation and uncertainty
/// words are found once, on first use, and each match is then judged by a binary search (and the few words between it
/// and its negation), so a clause of many mentions costs in proportion to its length. Judging each match by searching the text before it again read
/// a 16,000-character clause of "not weak not numb" in about 150 ms, four times the length costing about ten times
/// as much. With no negation word of its own, a clause that continues a negated list ("no weakness, numbness or
/// pain") is denied when <c>inheritsNegation</c> says so.
/// </summary>
internal sealed class Negation(Clause clause, bool inheritsNegation)
{
    private const int MaxWordsInScope = 8;

    // "not able to" is read like "cant" (no cue): "not able to talk clearly and breathing feels difficult" says both.
    private static readonly Regex Cue = Pattern.Compile(
        @"no|not(?! able to (?:speak|talk|breathe|swallow|get|catch|open|walk|stand|lift|grip|hold|form|find (?:my|the) words))|(?:dont|doesnt|didnt)(?! (?:understand|recogni[sz]e|make sense))|isnt|arent|wasnt|werent|havent|hasnt|hadnt|never|without|nor|neither|zero|none|nothing|denies|nil|free of|absence of");

    private static readonly Regex Uncertain = Pattern.Compile(@"not sure|unsure|dont know|no idea|cant tell|maybe not|not certain|not able to (?:say|tell)");

    private static readonly Regex Breaker = Pattern.Compile(
        @"like (?:a|an|someone|somebody)|but|though|although|however|except|apart from|other than|just|only|still|yet|which|so|because|since|now|then|anymore|instead|when (?:i|he|she|we|my|his|her)|and (?:i|my|it|its|im|ive|now|then|the|she|he|her|his|today|lately|also|this|that)");

    private static readonly Regex Other = Pattern.Compile(@"other|else|another|more");

    // "numbness none", "fever nil", "chest pain - no", "seizures? never": a short item answered after it, as in a list of
    // checks. "face NAD" (no abnormality detected) and "confusion not present" only after an item of one or two words
    // ("not at all", "not seen" and "not there" are left: "cant breathe not at all" is emphasis, not a denial):
    // in "face droop speech not affected" or "crushing chest pain ECG NAD" they answer the word before, not the sign.
    // A clause that also answers yes ("chest pain yes sob no") has more than one item, and none of it is denied whole.
    private static readonly Regex NoneAfter = Pattern.Compile(
        @"(?:none|nil|nope|neg|negative|absent|denied|no|never)$|^(?:[a-z0-9]+ ){1,2}(?:nad|not (?:present|noted|reported|affected))$");

    private static readonly Regex AnswersYes = Pattern.Compile(@"yes|yeah|yep|yup|positive|(?<!not )present");

    private WordSpans? _cues;
    private WordSpans? _uncertain;
    private WordSpans? _breakers;
    private bool? _saysNoneAfter;

    private bool SaysNoneAfter => _saysNoneAfter ??=
        !HasMoreWordsThan(clause.Text, 6) && NoneAfter.IsMatch(clause.Text) && !AnswersYes.IsMatch(clause.Text)
        && !clause.Text.Contains("+ve", StringComparison.Ordinal) && !clause.Text.Contains('✓', StringComparison.Ordinal);

    private WordSpans Cues => _cues ??= new WordSpans(Cue, clause.Text);

    private WordSpans UncertainWords => _uncertain ??= new WordSpans(Uncertain, clause.Text);

    private WordSpans Breakers => _breakers ??= new WordSpans(Breaker, clause.Text);

    /// <summary>Whether anything in the clause can be denied: it has a negation word, or inherits or ends with one.</summary>
    public bool MayDeny => inheritsNegation || SaysNoneAfter || Cues.Count > 0;

    /// <summary>How the match at <paramref name="matchStart"/> stands, from the words before it in the clause.</summary>
    public Polarity Of(int matchStart) => Of(matchStart, inheritsNegation);

    /// <summary>
    /// <see cref="Of(int)"/> from the clause's own words only: a denial said in words ("leg not red") stays one in a
    /// list that goes on from a negation ("no cuts, leg not red or swollen").
    /// </summary>
    public Polarity OfOwnWords(int matchStart) => Of(matchStart, inherits: false);

    private Polarity Of(int matchStart, bool inherits)
    {
        inherits |= SaysNoneAfter;
        if (UncertainWords.LastEndAtOrBefore(matchStart) is { } uncertainEnd && !Breakers.AnyWithin(uncertainEnd, matchStart))
        {
            return Polarity.Ignored;
        }

        if (Cues.LastEndAtOrBefore(matchStart) is not { } cueEnd)
        {
            return inherits ? Polarity.Denied : Polarity.Present;
        }

        // The words between are few by then, so they are searched directly; the breaking words of the whole clause are
        // found only when an uncertain phrase, which has no such limit, needs them.
        var between = clause.Text.AsSpan(cueEnd, matchStart - cueEnd);
        if (HasMoreWordsThan(between, MaxWordsInScope) || Breaker.IsMatch(between))
        {
            return Polarity.Present;
        }

        // "no other new medicines" says nothing about the one already mentioned.
        return Other.IsMatch(between) ? Polarity.Ignored : Polarity.Denied;
    }

    /// <summary>
    /// Whether the text has a negation word of its own before its end ("leg not red or fat" is its own denial, not a
    /// list item). "nor" only joins a list ("shortness of breath nor confusion"), and a last word ("numbness none")
    /// negates nothing after it, so both leave the text a list item.
    /// </summary>
    public static bool HasCue(string text)
    {
        foreach (var match in Cue.EnumerateMatches(text))
        {
            var atEnd = match.Index + match.Length == text.Length;
            if (!atEnd && !text.AsSpan(match.Index, match.Length).SequenceEqual("nor"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words separated by spaces, as string.Split(' ', RemoveEmptyEntries) counts them.</summary>
    public static int WordCount(ReadOnlySpan<char> text) => CountWords(text, int.MaxValue);

    /// <summary><see cref="WordCount"/> above <paramref name="limit"/>, counted only as far as needed.</summary>
    private static bool HasMoreWordsThan(ReadOnlySpan<char> text, int limit) => CountWords(text, limit + 1) > limit;

    private static int CountWords(ReadOnlySpan<char> text, int stopAt)
    {
        var count = 0;
        for (var i = 0; i < text.Length && count < stopAt; i++)
        {
            count += text[i] != ' ' && (i == 0 || text[i - 1] == ' ') ? 1 : 0;
        }

        return count;
    }
}
