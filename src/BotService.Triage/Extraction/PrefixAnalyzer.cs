using System.Text.RegularExpressions;

namespace BotService.Triage.Extraction;

/// <summary>
/// Works out literal prefixes that every match of a regex must start with, so the extractor can skip the lexicon
/// patterns that cannot match a clause without running them. It must be sound, never clever: whatever it does not
/// follow for certain (character classes beyond a few literals, \w, inline options, back-references, case-insensitive
/// matching) makes the regex "always run", which costs time but never changes a result.
/// </summary>
internal static class PrefixAnalyzer
{
    private const RegexOptions Understood = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    public static RegexPrefixes Analyze(Regex regex) =>
        (regex.Options & ~Understood) != 0 ? RegexPrefixes.AlwaysRun : Analyze(regex.ToString());

    public static RegexPrefixes Analyze(string pattern)
    {
        var parser = new PrefixParser(pattern);
        var set = parser.ParseAll();
        if (set is null || set.Items.Any(i => i.Text.Length == 0))
        {
            return RegexPrefixes.AlwaysRun;
        }

        // A leading \b that is neither quantified nor one branch of a top-level alternation holds at every match start.
        var atWordStart = pattern.StartsWith(@"\b", StringComparison.Ordinal)
            && (pattern.Length == 2 || pattern[2] is not ('?' or '*' or '+' or '{'))
            && !parser.HasTopLevelAlternation;
        return new([.. set.Items.Select(i => i.Text).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)], atWordStart);
    }
}
