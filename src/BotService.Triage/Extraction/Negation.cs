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
/// scope-breaking word ("but", "just", "and my") in between.
/// </summary>
internal static class Negation
{
    private static readonly Regex Cue = Pattern.Compile(
        @"no|not|dont|doesnt|didnt|isnt|arent|wasnt|werent|havent|hasnt|hadnt|never|without|nor|neither|zero|none|nothing|denies|free of|absence of");

    private static readonly Regex Uncertain = Pattern.Compile(@"not sure|unsure|dont know|no idea|cant tell|maybe not|not certain");

    private static readonly Regex Breaker = Pattern.Compile(
        @"but|though|although|however|except|apart from|other than|just|only|still|yet|which|so|because|since|now|then|and (?:i|my|it|its|im|ive|now|then|the|she|he|her|his|today|lately|also|this|that)");

    private static readonly Regex Other = Pattern.Compile(@"other|else|another|more");

    public static Polarity Of(Clause clause, int matchStart)
    {
        var before = clause.Text[..matchStart];
        var uncertain = LastMatch(Uncertain, before);
        if (uncertain is not null && !Breaker.IsMatch(before[(uncertain.Index + uncertain.Length)..]))
        {
            return Polarity.Ignored;
        }

        var cue = LastMatch(Cue, before);
        if (cue is null)
        {
            return clause.InheritsNegation ? Polarity.Denied : Polarity.Present;
        }

        var between = before[(cue.Index + cue.Length)..];
        if (Breaker.IsMatch(between) || WordCount(between) > 8)
        {
            return Polarity.Present;
        }

        // "no other new medicines" says nothing about the one already mentioned.
        return Other.IsMatch(between) ? Polarity.Ignored : Polarity.Denied;
    }

    private static Match? LastMatch(Regex regex, string text)
    {
        Match? last = null;
        for (var m = regex.Match(text); m.Success; m = m.NextMatch())
        {
            last = m;
        }

        return last;
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
