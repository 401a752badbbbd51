using System.Text.RegularExpressions;

namespace BotService.Triage.Extraction;

/// <summary>
/// Builds the lexicon's regular expressions. Patterns are written against normalised text (lower case, no
/// apostrophes). "~" stands for one filler word that is not a negation, so "lid ~{0,2}closes" matches
/// "lid fully closes" but not "lid does not close" (which a deny pattern handles instead).
/// Patterns use only bounded repetition (no nested unbounded quantifiers), and the extractor caps message length,
/// so matching is linear in practice; a timeout would only risk missing a red flag while the regex code is JIT-compiled.
/// </summary>
internal static class Pattern
{
    private const string FillerWord =
        @"(?:(?!(?:not|no|never|dont|doesnt|didnt|isnt|arent|wasnt|werent|wont|cant|cannot|without|hasnt|havent)\b)[a-z0-9]+ )";

    public static Regex Compile(string alternatives) => new(
        $@"\b(?:{alternatives.Replace("~", FillerWord, StringComparison.Ordinal)})\b",
        RegexOptions.CultureInvariant | RegexOptions.Compiled,
        Regex.InfiniteMatchTimeout);
}
