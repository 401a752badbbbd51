using System.Text.RegularExpressions;
using BotService.Triage.Extraction;

namespace BotService.Triage.Tests;

/// <summary>The prefix analyser on hand-written patterns: what it works out, and where it must give up.</summary>
public sealed class PrefixAnalyzerTests
{
    public static TheoryData<string, string, string> Understood() => new()
    {
        // pattern, expected prefixes of at most 3 characters (sorted, "|"-separated), text whose matches must start with one of them
        { "twitch|ache|op", "ach|op|twi", "my op, an ache, twitching" },
        { "abcdef", "abc", "xx abcdef" },
        { "(?:my )?back", "bac|my ", "my back, the back" },
        { "e?ye", "eye|ye", "eye ye" },
        { "eyes?(?! drops)", "eye", "eyes and eye drops" },
        { "a{0,2}b", "a|b", "aab b ab" },
        { "(?:ab){2}c", "ab", "ababc" },
        { "x*y|z+?w", "x|y|z", "xxy y zzw" },
        { "ab|abc|a", "a", "abc" },
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
        var prefixes = PrefixAnalyzer.Analyze(pattern, 3);

        Assert.Equal(expected, string.Join('|', prefixes.Values ?? []));
        var matches = Regex.Matches(sample, pattern, RegexOptions.CultureInvariant);
        Assert.NotEmpty(matches);
        Assert.All(matches, m => Assert.Contains(prefixes.Values!, p => m.Value.StartsWith(p, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(@"\w+")]
    [InlineData("[a-z]+")]
    [InlineData("[^a]*")]
    [InlineData(".+?")]
    [InlineData(@"ab|\s+")]
    [InlineData(@"[a-z]+\d?")]
    [InlineData("(?i)cramp")]
    [InlineData("(?i:cramp)")]
    [InlineData("(a)\\1")]
    [InlineData(@"\p{L}x")]
    [InlineData(@"\x41b")]
    [InlineData("(?(x)a|b)")]
    [InlineData("x{,3}")]
    [InlineData("a?|b")]
    [InlineData("(?#note)ab")]
    [InlineData("[a-j][a-j][a-j]")]
    [InlineData("(ab")]
    public void GivesUpOnWhatItDoesNotFollowForSure(string pattern)
    {
        Assert.True(PrefixAnalyzer.Analyze(pattern, 3).IsAlwaysRun);
        Assert.True(PrefixAnalyzer.Analyze(pattern, PrefixAnalyzer.LongLength).IsAlwaysRun);
    }

    [Fact]
    public void KeepsPrefixesLongEnoughToTellPhrasesApart()
    {
        var prefixes = PrefixAnalyzer.Analyze("(?:cant|cannot) walk|can still|abcdefghij", PrefixAnalyzer.LongLength);

        Assert.Equal(["abcdefgh", "can stil", "cannot w", "cant wal"], prefixes.Values);
    }

    [Fact]
    public void FallsBackToShortPrefixesWhenLongOnesMakeTooManyCombinations()
    {
        const string pattern = "(?:a|b|c|d)(?:e|f|g|h)(?:i|j|k|l)(?:m|n|o|p)(?:q|r|s|t)";

        Assert.True(PrefixAnalyzer.Analyze(pattern, PrefixAnalyzer.LongLength).IsAlwaysRun);
        Assert.Equal(64, PrefixAnalyzer.Analyze(new Regex(pattern)).Values?.Count);
    }

    [Fact]
    public void ReadsDigitsAsAsciiDigitsOnlyForAsciiText()
    {
        var digits = PrefixAnalyzer.Analyze(@"\d+ times|x", 3);
        var literal = PrefixAnalyzer.Analyze("3[89]", 3);

        Assert.Equal(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "x"], digits.Values);
        Assert.True(digits.AsciiTextOnly);
        Assert.False(literal.AsciiTextOnly);
    }

    [Fact]
    public void TheIndexRunsADigitPatternOnTextWithAnotherScriptsDigits()
    {
        var regex = new Regex(@"\b\d+ times\b", RegexOptions.CultureInvariant);
        var index = new PrefixIndex([[regex]]);

        Assert.Matches(regex, "\u0663 times");
        Assert.True(Candidate(index, "\u0663 times"));
        Assert.True(Candidate(index, "3 times"));
        Assert.False(Candidate(index, "a few times"));
        Assert.False(Candidate(index, "x3 times"));
    }

    public static TheoryData<string, string, string, string> WithInfixes() => new()
    {
        // pattern, expected prefixes, expected infixes, text whose matches must fit one of them
        { @"op|\w+ectomy", "op", "ectomy", "an appendectomy, an op" },
        { "[a-z]+ing|x", "x", "ing", "twitching x" },
        { @".ab|\sc", "", "ab|c", "xab c" },
        { "(?:a|)*b", "a|b", "b", "aab b" },
        { "[a-z]+(?:ab|xy)+c", "", "ab|xy", "zzabxyc" },
    };

    [Theory]
    [MemberData(nameof(WithInfixes))]
    public void FindsLiteralsEveryMatchContainsWhenItsStartIsUnknown(string pattern, string prefixes, string infixes, string sample)
    {
        var found = PrefixAnalyzer.Analyze(pattern, PrefixAnalyzer.LongLength);

        Assert.Equal(prefixes, string.Join('|', found.Values ?? ["(always run)"]));
        Assert.Equal(infixes, string.Join('|', found.Infixes));
        var matches = Regex.Matches(sample, pattern, RegexOptions.CultureInvariant);
        Assert.NotEmpty(matches);
        Assert.All(matches, m => Assert.True(
            found.Values!.Any(p => m.Value.StartsWith(p, StringComparison.Ordinal)) || found.Infixes.Any(i => m.Value.Contains(i, StringComparison.Ordinal)),
            m.Value));
    }

    [Fact]
    public void GivesUpOnACaseInsensitiveRegex()
    {
        Assert.True(PrefixAnalyzer.Analyze(new Regex("cramp", RegexOptions.IgnoreCase)).IsAlwaysRun);
        Assert.False(PrefixAnalyzer.Analyze(new Regex("cramp", RegexOptions.CultureInvariant | RegexOptions.Compiled)).IsAlwaysRun);
        Assert.False(PrefixAnalyzer.Analyze(new Regex("cramp", RegexOptions.CultureInvariant)).IsAlwaysRun);
    }

    [Fact]
    public void ReadsLexiconPatternsWithTheirFillerWordsAndWordBoundaries()
    {
        var closes = PrefixAnalyzer.Analyze(Pattern.Compile("(?:eye|lid) ~{0,2}(?:shuts?|closes?)"));
        var filler = PrefixAnalyzer.Analyze(Pattern.Compile("~?side|face"));

        Assert.Equal(["eye ", "lid "], closes.Values);
        Assert.True(closes.AtWordStart);
        Assert.Equal(["face", "side"], filler.Values);
        Assert.Equal([" side"], filler.Infixes);
    }

    private static bool Candidate(PrefixIndex index, string text)
    {
        var candidates = new bool[index.Count];
        index.Mark(text, candidates);
        return candidates[0];
    }

    [Theory]
    [InlineData(@"\bab|cd")]
    [InlineData(@"\b?ab")]
    [InlineData("ab")]
    [InlineData(@"a\bb")]
    public void SaysMatchesStartAtAWordBoundaryOnlyWhenTheWholePatternBeginsWithOne(string pattern)
    {
        Assert.False(PrefixAnalyzer.Analyze(pattern, 3).AtWordStart);
        Assert.True(PrefixAnalyzer.Analyze($@"\b(?:{pattern})", 3).AtWordStart);
    }
}
