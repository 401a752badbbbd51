using System.Text.RegularExpressions;
using BotService.Triage.Extraction;

namespace BotService.Triage.Tests;

/// <summary>The prefix analyser on hand-written patterns: what it works out, and where it must give up.</summary>
public sealed class PrefixAnalyzerTests
{
    public static TheoryData<string, string, string> Understood() => new()
    {
        // pattern, expected prefixes (sorted, "|"-separated), text whose matches must start with one of them
        { "twitch|ache|op", "ach|op|twi", "my op, an ache, twitching" },
        { "abcdef", "abc", "xx abcdef" },
        { "(?:my )?back", "bac|my ", "my back, the back" },
        { "e?ye", "eye|ye", "eye ye" },
        { "eyes?(?! drops)", "eye", "eyes and eye drops" },
        { "a{0,2}b", "a|b", "aab b ab" },
        { "(?:ab){2}c", "ab", "ababc" },
        { "x*y|z+?w", "x|y|z", "xxy y zzw" },
        { "(?:in|on){0}cut", "cut", "cut" },
        { @"(?!no)\bcut(?= me)", "cut", "cut me" },
        { "(?<=my )arm(?<!x)", "arm", "my arm" },
        { "10 ?/ ?10", "10 |10/", "10/10 and 10 / 10" },
        { @"\.5|\(x\)", "(x)|.5", ".5 (x)" },
        { "3[89]|[sz]ick|[a-c]b", "38|39|ab|bb|cb|sic|zic", "39 sick zick cb" },
        { "(?<word>lid)s?|(?>ey)e", "eye|lid", "lids eye" },
        { @"\bstiff\w*", "sti", "stiffness" },
        { "ha(?:d|s) (?:a )?fit", "had|has", "had a fit, has fit" },
    };

    [Theory]
    [MemberData(nameof(Understood))]
    public void FindsThePrefixesEveryMatchStartsWith(string pattern, string expected, string sample)
    {
        var prefixes = PrefixAnalyzer.Analyze(pattern);

        Assert.Equal(expected, string.Join('|', prefixes.Values ?? []));
        var matches = Regex.Matches(sample, pattern, RegexOptions.CultureInvariant);
        Assert.NotEmpty(matches);
        Assert.All(matches, m => Assert.Contains(prefixes.Values!, p => m.Value.StartsWith(p, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(@"\w+ectomy")]
    [InlineData("[a-z]+ing")]
    [InlineData("[^a]b")]
    [InlineData(".ab")]
    [InlineData(@"ab|\dc")]
    [InlineData("(?i)cramp")]
    [InlineData("(?i:cramp)")]
    [InlineData("(a)\\1")]
    [InlineData(@"\p{L}x")]
    [InlineData(@"\x41b")]
    [InlineData("(?(x)a|b)")]
    [InlineData("x{,3}")]
    [InlineData("a?|b")]
    [InlineData("(?:a|)*b")]
    [InlineData("(?#note)ab")]
    [InlineData("[a-j][a-j][a-j]")]
    [InlineData("(ab")]
    public void GivesUpOnWhatItDoesNotFollowForSure(string pattern)
    {
        Assert.True(PrefixAnalyzer.Analyze(pattern).IsAlwaysRun);
    }

    [Fact]
    public void GivesUpOnACaseInsensitiveRegex()
    {
        Assert.True(PrefixAnalyzer.Analyze(new Regex("cramp", RegexOptions.IgnoreCase)).IsAlwaysRun);
        Assert.False(PrefixAnalyzer.Analyze(new Regex("cramp", RegexOptions.CultureInvariant | RegexOptions.Compiled)).IsAlwaysRun);
    }

    [Fact]
    public void ReadsLexiconPatternsWithTheirFillerWordsAndWordBoundaries()
    {
        var closes = PrefixAnalyzer.Analyze(Pattern.Compile("(?:eye|lid) ~{0,2}(?:shuts?|closes?)"));
        var filler = PrefixAnalyzer.Analyze(Pattern.Compile("~?side|face"));

        Assert.Equal(["eye", "lid"], closes.Values);
        Assert.True(closes.AtWordStart);
        Assert.True(filler.IsAlwaysRun);
    }

    [Theory]
    [InlineData(@"\bab|cd")]
    [InlineData(@"\b?ab")]
    [InlineData("ab")]
    [InlineData(@"a\bb")]
    public void SaysMatchesStartAtAWordBoundaryOnlyWhenTheWholePatternBeginsWithOne(string pattern)
    {
        Assert.False(PrefixAnalyzer.Analyze(pattern).AtWordStart);
        Assert.True(PrefixAnalyzer.Analyze($@"\b(?:{pattern})").AtWordStart);
    }
}
