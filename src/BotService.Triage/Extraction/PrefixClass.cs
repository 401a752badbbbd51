namespace BotService.Triage.Extraction;

/// <summary>
/// Reads a character class ("[89]", "[sz]", "[a-z]") for <see cref="PrefixParser"/>: a few literal characters
/// become alternatives, anything wider or unusual (negation, \w inside, subtraction) says "unknown".
/// </summary>
internal static class PrefixClass
{
    private const int MaxChars = 10;

    /// <summary>Reads from just after "[" to just after the closing "]"; null when the class is not understood.</summary>
    public static PrefixSet? Read(string pattern, ref int pos, int maxLength)
    {
        var chars = new HashSet<char>();
        var unknown = pos < pattern.Length && pattern[pos] == '^';
        pos += unknown ? 1 : 0;
        for (var first = true; ; first = false)
        {
            if (pos >= pattern.Length)
            {
                return null;
            }

            var c = pattern[pos++];
            switch (c)
            {
                case ']' when !first:
                    return unknown || chars.Count > MaxChars ? PrefixSet.Unknown(maxLength) : PrefixSet.Of(chars, maxLength);
                case ']' or '[':
                    // A leading "]" and "[" (subtraction, [:name:]) have special readings in .NET.
                    return null;
                case '\\':
                    if (pos < pattern.Length && pattern[pos] is 'w' or 'W' or 'd' or 'D' or 's' or 'S')
                    {
                        // Wider than a few literals.
                        unknown = true;
                        pos++;
                        continue;
                    }

                    if (pos >= pattern.Length || char.IsAsciiLetterOrDigit(pattern[pos]))
                    {
                        // \p{..}, \x.., \u...., and \b, which is a backspace inside a class.
                        return null;
                    }

                    c = pattern[pos++];
                    break;
            }

            if (pos + 1 < pattern.Length && pattern[pos] == '-' && pattern[pos + 1] != ']')
            {
                var last = pattern[pos + 1];
                pos += 2;
                if (last is '\\' or '[' || last < c)
                {
                    return null;
                }

                unknown |= last - c >= MaxChars;
                for (int r = c; !unknown && r <= last; r++)
                {
                    chars.Add((char)r);
                }

                continue;
            }

            chars.Add(c);
        }
    }
}
