using System.Globalization;

namespace BotService.Triage.Extraction;

/// <summary>
/// Recursive-descent reading of a .NET regex pattern into a <see cref="PrefixSet"/>. Every method returns null for
/// a construct it does not handle for sure, and the caller then treats the regex as "always run".
/// </summary>
internal sealed class PrefixParser(string pattern, int maxLength)
{
    private int _pos;

    /// <summary>"a|b" at the outermost level: a leading \b then belongs to one branch only.</summary>
    public bool HasTopLevelAlternation { get; private set; }

    /// <summary>
    /// \d was read as 0-9. .NET's \d also matches other scripts' digits, so the prefixes then only hold for ASCII text.
    /// </summary>
    public bool AssumesAsciiDigits { get; private set; }

    public PrefixSet? ParseAll()
    {
        var set = Alternation(0);
        return _pos == pattern.Length ? set : null;
    }

    private char? Peek(int ahead = 0) => _pos + ahead < pattern.Length ? pattern[_pos + ahead] : null;

    private PrefixSet? Alternation(int depth)
    {
        var set = Sequence();
        while (set is not null && Peek() == '|')
        {
            _pos++;
            HasTopLevelAlternation |= depth == 0;
            set = Sequence() is { } next ? set.Or(next) : null;
        }

        return set;
    }

    private PrefixSet? Sequence()
    {
        var set = PrefixSet.Empty(maxLength);
        while (set is not null && Peek() is { } c && c is not ('|' or ')'))
        {
            set = Atom() is { } atom && Quantified(atom) is { } piece ? set.Then(piece) : null;
        }

        return set;
    }

    private PrefixSet? Atom() => pattern[_pos++] switch
    {
        '(' => Group(),
        '[' => PrefixClass.Read(pattern, ref _pos, maxLength),
        '\\' => Escape(),
        '.' => PrefixSet.Unknown(maxLength),
        '^' or '$' => PrefixSet.Empty(maxLength),
        // A quantifier with nothing to repeat, or a bracket .NET would read as a literal: not worth following.
        '*' or '+' or '?' or '{' or '}' or ']' => null,
        var c => PrefixSet.Of([c], maxLength),
    };

    /// <summary>Applies ?, *, +, {n}, {n,} or {n,m}, greedy or lazy (both match the same strings), after an atom.</summary>
    private PrefixSet? Quantified(PrefixSet atom)
    {
        var c = Peek();
        if (c is not ('?' or '*' or '+' or '{'))
        {
            return atom;
        }

        _pos += c == '{' ? 0 : 1;
        if ((c switch { '?' => (0, 1), '*' => (0, int.MaxValue), '+' => (1, int.MaxValue), _ => Braces() }) is not var (min, max))
        {
            return null;
        }

        _pos += Peek() == '?' ? 1 : 0;
        // Two quantifiers in a row are not followed.
        return Peek() is '?' or '*' or '+' or '{' ? null : atom.Repeated(min, max);
    }

    /// <summary>Reads "{n}", "{n,}" or "{n,m}" up to the closing brace; null for anything else.</summary>
    private (int, int)? Braces()
    {
        var close = pattern.IndexOf('}', _pos);
        if (close < 0)
        {
            return null;
        }

        var body = pattern[(_pos + 1)..close];
        var comma = body.IndexOf(',', StringComparison.Ordinal);
        var min = Number(comma < 0 ? body : body[..comma]);
        var max = comma < 0 ? min : comma == body.Length - 1 ? int.MaxValue : Number(body[(comma + 1)..]);
        if (min < 0 || max < min)
        {
            return null;
        }

        _pos = close + 1;
        return (min, max);
    }

    private static int Number(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;

    private PrefixSet? Group()
    {
        if (Peek() != '?')
        {
            return GroupBody();
        }

        switch (Peek(1), Peek(2))
        {
            case (':' or '>', _):
                _pos += 2;
                return GroupBody();
            case ('=' or '!', _):
                _pos += 2;
                return Lookaround();
            case ('<', '=' or '!'):
                _pos += 3;
                return Lookaround();
            case ('<', { } first) when char.IsAsciiLetter(first):
                var close = pattern.IndexOf('>', _pos);
                if (close < 0 || !pattern[(_pos + 2)..close].All(char.IsAsciiLetterOrDigit))
                {
                    return null;
                }

                _pos = close + 1;
                return GroupBody();
            default:
                // Inline options, conditionals, comments, balancing groups.
                return null;
        }
    }

    private PrefixSet? GroupBody()
    {
        var set = Alternation(1);
        if (Peek() != ')')
        {
            return null;
        }

        _pos++;
        return set;
    }

    /// <summary>Lookarounds consume nothing, so the match start does not depend on them; the body is only read past.</summary>
    private PrefixSet? Lookaround() => GroupBody() is null ? null : PrefixSet.Empty(maxLength);

    private PrefixSet AsciiDigit()
    {
        AssumesAsciiDigits = true;
        return PrefixSet.Of("0123456789", maxLength);
    }

    private PrefixSet? Escape()
    {
        if (Peek() is not { } c)
        {
            return null;
        }

        _pos++;
        return c switch
        {
            'b' or 'B' or 'A' or 'G' or 'z' or 'Z' => PrefixSet.Empty(maxLength),
            'd' => AsciiDigit(),
            'w' or 'W' or 'D' or 's' or 'S' => PrefixSet.Unknown(maxLength),
            't' => PrefixSet.Of(['\t'], maxLength),
            'n' => PrefixSet.Of(['\n'], maxLength),
            // Back-references, \p{..}, \x.., \u...., \k<..> and the rest are not followed.
            _ when char.IsAsciiLetterOrDigit(c) => null,
            _ => PrefixSet.Of([c], maxLength),
        };
    }
}
