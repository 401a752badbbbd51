namespace BotService.Recognizers.Text;

/// <summary>Bot Framework style tokens: runs of letters and digits, lower-cased, with their character span.</summary>
internal readonly record struct Word(int Start, int End, string Text);

internal static class WordSplitter
{
    public static List<Word> Split(string text)
    {
        var words = new List<Word>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            words.Add(new Word(start, i, text[start..i].ToLowerInvariant()));
        }

        return words;
    }
}
