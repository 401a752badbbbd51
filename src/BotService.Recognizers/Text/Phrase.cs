namespace BotService.Recognizers.Text;

internal static class Phrase
{
    /// <summary>True when the tokens from <paramref name="i"/> spell <paramref name="words"/> exactly.</summary>
    public static bool Matches(TokenList t, int i, ReadOnlySpan<string> words)
    {
        for (var k = 0; k < words.Length; k++)
        {
            if (!t.Is(i + k, words[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The longest of <paramref name="phrases"/> at <paramref name="i"/>, as a token count, or 0.</summary>
    public static int Longest(TokenList t, int i, string[][] phrases)
    {
        var best = 0;
        foreach (var phrase in phrases)
        {
            if (phrase.Length > best && Matches(t, i, phrase))
            {
                best = phrase.Length;
            }
        }

        return best;
    }
}
