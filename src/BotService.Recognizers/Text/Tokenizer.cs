namespace BotService.Recognizers.Text;

/// <summary>Splits lower-cased text into words, numbers and single symbols in one pass.</summary>
internal static class Tokenizer
{
    public static Token[] Split(string text)
    {
        var tokens = new List<Token>(Math.Min(text.Length / 3 + 4, 4096));
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsLetter(c))
            {
                var start = i;
                while (i < text.Length && char.IsLetter(text[i]))
                {
                    i++;
                }

                tokens.Add(new Token(start, i, TokenKind.Word, text[start..i]));
            }
            else if (char.IsAsciiDigit(c))
            {
                var start = i;
                i = ScanNumber(text, i);
                tokens.Add(new Token(start, i, TokenKind.Number, text[start..i]));
            }
            else if (Fractions.IsVulgar(c))
            {
                tokens.Add(new Token(i, i + 1, TokenKind.Number, text.Substring(i, 1)));
                i++;
            }
            else
            {
                var length = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                if (c != '\uFE0F')
                {
                    // The emoji presentation selector carries no meaning of its own; skipping it keeps "✋️" one token.
                    tokens.Add(new Token(i, i + length, TokenKind.Symbol, text.Substring(i, length)));
                }

                i += length;
            }
        }

        return [.. tokens];
    }

    // Digits with an inner decimal point ("3.5") or thousands groups of exactly three digits ("1,234,567").
    private static int ScanNumber(string text, int i)
    {
        while (i < text.Length)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                i++;
            }
            else if (text[i] == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
            {
                i++;
            }
            else if (text[i] == ',' && IsThousandsGroup(text, i + 1))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static bool IsThousandsGroup(string text, int i) =>
        i + 3 <= text.Length
        && char.IsAsciiDigit(text[i]) && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2])
        && (i + 3 == text.Length || !char.IsAsciiDigit(text[i + 3]));
}
