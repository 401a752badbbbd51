using System.Text;

namespace BotService.Content.Retrieval;

/// <summary>
/// Splits text into lowercase words the same way for entries, synonyms and questions, and reduces a word to a
/// rough stem so that "cramps" and "cramp" share a key. (The index itself stems with SQLite's porter tokenizer;
/// this light stem only keys our own vocabulary and synonym tables.)
/// </summary>
internal static class Words
{
    public static List<string> Split(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var ch in text)
        {
            if (char.IsLetterOrDigit(ch))
            {
                current.Append(char.ToLowerInvariant(ch));
            }
            else if (ch is '\'' or '\u2019' && current.Length > 0)
            {
                // "what's" -> "whats", "don't" -> "dont": one word, which the stop list then removes.
                continue;
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    public static string Stem(string word)
    {
        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^3] + "y";
        }

        if (word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal))
        {
            return word[..^3];
        }

        if (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        if (word.Length > 4 && (word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal) ||
            word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal)))
        {
            return word[..^2];
        }

        if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal))
        {
            return word[..^1];
        }

        return word;
    }

    public static string Key(IEnumerable<string> words) => string.Join(' ', words.Select(Stem));
}
