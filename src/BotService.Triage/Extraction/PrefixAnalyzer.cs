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
    // Compiled changes how a regex runs, not what it matches: the lexicon's interpreted and compiled patterns alike.
    private const RegexOptions Understood = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    /// <summary>Long prefixes tell "cant walk" from "can still walk", so fewer patterns run for nothing.</summary>
    public const int LongLength = 8;

    /// <summary>Where long prefixes make too many combinations, short ones usually still do.</summary>
    public const int ShortLength = 3;

    public static RegexPrefixes Analyze(Regex regex)
    {
        ArgumentNullException.ThrowIfNull(regex);
        if ((regex.Options & ~Understood) != 0)
        {
            return RegexPrefixes.AlwaysRun;
        }

        var pattern = regex.ToString();
        return Analyze(pattern, LongLength) is { IsAlwaysRun: false } longer ? longer : Analyze(pattern, ShortLength);
    }

    public static RegexPrefixes Analyze(string pattern, int maxLength)
    {
        var parser = new PrefixParser(pattern, maxLength);
        var set = parser.ParseAll();
        if (set is null || set.Items.Any(i => i.Text.Length == 0))
        {
            return RegexPrefixes.AlwaysRun;
        }

        // A leading \b that is neither quantified nor one branch of a top-level alternation holds at every match start.
        var atWordStart = pattern.StartsWith(@"\b", StringComparison.Ordinal)
            && (pattern.Length == 2 || pattern[2] is not ('?' or '*' or '+' or '{'))
            && !parser.HasTopLevelAlternation;
        var values = Literals(
            set, kind => kind is LiteralKind.Exact or LiteralKind.Prefix, (longer, shorter) => longer.StartsWith(shorter, StringComparison.Ordinal));
        var infixes = Literals(
            set, kind => kind is LiteralKind.Tail or LiteralKind.Inside, (longer, shorter) => longer.Contains(shorter, StringComparison.Ordinal));
        return new(values, atWordStart, parser.AssumesAsciiDigits) { Infixes = infixes };
    }

    /// <summary>
    /// The literals of some kinds, without those implied by a shorter one ("eye shut" adds nothing once "eye " is a
    /// prefix: whatever starts with the longer starts with the shorter), in ordinal order.
    /// </summary>
    private static List<string> Literals(PrefixSet set, Func<LiteralKind, bool> kinds, Func<string, string, bool> implies)
    {
        var literals = set.Items.Where(i => kinds(i.Kind)).Select(i => i.Text).Distinct(StringComparer.Ordinal).ToList();
        literals.RemoveAll(v => literals.Exists(w => w.Length < v.Length && implies(v, w)));
        return [.. literals.Order(StringComparer.Ordinal)];
    }
}
