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
    // "not able to" is read like "cant" (no cue): "not able to talk clearly and breathing feels difficult" says both.
    private static readonly Regex Cue = Pattern.Compile(
        @"no|not(?! able to (?:speak|talk|breathe|swallow|get|catch|open|walk|stand|lift|grip|hold|form|find (?:my|the) words))|dont|doesnt|didnt|isnt|arent|wasnt|werent|havent|hasnt|hadnt|never|without|nor|neither|zero|none|nothing|denies|free of|absence of");

    private static readonly Regex Uncertain = Pattern.Compile(@"not sure|unsure|dont know|no idea|cant tell|maybe not|not certain|not able to (?:say|tell)");

    private static readonly Regex Breaker = Pattern.Compile(
        @"like (?:a|an|someone|somebody)|but|though|although|however|except|apart from|other than|just|only|still|yet|which|so|because|since|now|then|anymore|instead|and (?:i|my|it|its|im|ive|now|then|the|she|he|her|his|today|lately|also|this|that)");

    private static readonly Regex Other = Pattern.Compile(@"other|else|another|more");

    public static Polarity Of(Clause clause, int matchStart)
    {
        // Spans rather than substrings: the regexes see exactly the same text either way.
        var before = clause.Text.AsSpan(0, matchStart);
        if (LastMatchEnd(Uncertain, before) is { } uncertainEnd && !Breaker.IsMatch(before[uncertainEnd..]))
        {
            return Polarity.Ignored;
        }

        if (LastMatchEnd(Cue, before) is not { } cueEnd)
        {
            return clause.InheritsNegation ? Polarity.Denied : Polarity.Present;
        }

        var between = before[cueEnd..];
        if (Breaker.IsMatch(between) || WordCount(between) > 8)
        {
            return Polarity.Present;
        }

        // "no other new medicines" says nothing about the one already mentioned.
        return Other.IsMatch(between) ? Polarity.Ignored : Polarity.Denied;
    }

    private static int? LastMatchEnd(Regex regex, ReadOnlySpan<char> text)
    {
        int? end = null;
        foreach (var m in regex.EnumerateMatches(text))
        {
            end = m.Index + m.Length;
        }

        return end;
    }

    /// <summary>Words separated by spaces, as string.Split(' ', RemoveEmptyEntries) counts them.</summary>
    public static int WordCount(ReadOnlySpan<char> text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            count += text[i] != ' ' && (i == 0 || text[i - 1] == ' ') ? 1 : 0;
        }

        return count;
    }
}
