using System.Text.RegularExpressions;

namespace BotService.Triage.Extraction;

/// <summary>
/// A pattern that runs on every clause and rarely matches (a worry, a question): one scan for its literal prefixes
/// costs less than the regex trying its many alternatives at every word, and says for sure when it cannot match.
/// </summary>
internal sealed class PrefilteredRegex(Regex regex)
{
    private readonly PrefixIndex _index = new([[regex]]);

    public Regex Regex => regex;

    public bool IsMatch(string text)
    {
        Span<bool> candidate = stackalloc bool[1];
        _index.Mark(text, candidate);
        return candidate[0] && regex.IsMatch(text);
    }
}
