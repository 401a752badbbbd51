using System.Text.RegularExpressions;
using BotService.Triage.Extraction;
using BotService.Triage.Findings;
using BotService.Triage.Tests.Support;

namespace BotService.Triage.Tests;

/// <summary>
/// The extractor skips lexicon patterns whose literal prefixes do not occur in a clause. These tests hold that to
/// changing nothing on a large corpus: every match starts with one of its pattern's prefixes at a word start, the
/// index offers every pattern that matches, and reading with and without the prefilter gives the same findings.
/// </summary>
public sealed class PrefilterTests
{
    private static readonly Lexicon Lexicon = Lexicon.Default;

    /// <summary>The index's items in its order: entry match patterns, entry deny patterns, body parts.</summary>
    private static IReadOnlyList<(string Name, Regex? Regex)> Items { get; } =
    [
        .. Lexicon.Entries.Select(e => ($"{e.Name} match", (Regex?)e.Match)),
        .. Lexicon.Entries.Select(e => ($"{e.Name} deny", e.Deny)),
        .. LexiconLocations.Places.Select(p => ($"{p.Location} place", (Regex?)p.Match)),
    ];

    [Fact]
    public void PatternsBehindThePrefilterAreInterpretedAndPatternsRunOnEveryClauseAreCompiled()
    {
        // Compiling the prefiltered patterns to IL kept about 20 MB more resident for matching they seldom do.
        Assert.All(Items.Where(i => i.Regex is not null), i => Assert.False(i.Regex!.Options.HasFlag(RegexOptions.Compiled), i.Name));
        Assert.True(ClauseSplitter.Hypothetical.Regex.Options.HasFlag(RegexOptions.Compiled));
        Assert.True(LexiconLocations.WholeBody.Options.HasFlag(RegexOptions.Compiled));
    }

    [Fact]
    public void AnEntryWithRequiredWordsMatchesOnlyClausesHoldingOneOfThem()
    {
        var withWords = Lexicon.Entries.Where(e => e.Requires is not null).ToList();
        var failures = withWords
            .SelectMany(e => PrefilterCorpus.Clauses.Where(c => e.Match.IsMatch(c) && !e.Requires!.Any(w => c.Contains(w, StringComparison.Ordinal))).Select(c => $"{e.Name}: {c}"))
            .ToList();

        Assert.NotEmpty(withWords);
        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(20)));
        Assert.All(withWords, e => Assert.Contains(PrefilterCorpus.Clauses, e.Match.IsMatch));
    }

    [Fact]
    public void EveryMatchOfALexiconPatternStartsWithOneOfItsPrefixesAtAWordStartOrContainsOneOfItsInfixes()
    {
        var failures = new List<string>();
        var matched = new HashSet<string>();
        foreach (var (name, regex) in Items.Append(("hypothetical", ClauseSplitter.Hypothetical.Regex)).Where(i => i.Regex is not null))
        {
            var prefixes = PrefixAnalyzer.Analyze(regex!);
            foreach (var clause in PrefilterCorpus.Clauses)
            {
                for (var m = regex!.Match(clause); m.Success; m = m.NextMatch())
                {
                    matched.Add(name);
                    var startsWell = prefixes.Values?.Any(p => m.Value.StartsWith(p, StringComparison.Ordinal)) ?? true;
                    startsWell |= prefixes.Infixes.Any(p => m.Value.Contains(p, StringComparison.Ordinal));
                    startsWell |= prefixes.AsciiTextOnly && !clause.All(char.IsAscii);
                    var insideWord = m.Index > 0 && char.IsAsciiLetterOrDigit(clause[m.Index - 1]) && char.IsAsciiLetterOrDigit(clause[m.Index]);
                    if (!startsWell || (insideWord && prefixes.AtWordStart))
                    {
                        failures.Add($"{name}: \"{m.Value}\" in \"{clause}\"");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(20)));
        // The corpus exercises nearly every pattern (which ones depends on the random sentences), so the check above is not vacuous.
        var patterns = Items.Count(i => i.Regex is not null) + 1;
        Assert.True(matched.Count * 100 >= patterns * 95, $"only {matched.Count} of {patterns} patterns matched somewhere");
    }

    [Fact]
    public void TheIndexOffersEveryPatternThatMatchesAClause()
    {
        var missed = new List<string>();
        foreach (var clause in PrefilterCorpus.Clauses)
        {
            var candidates = new bool[Lexicon.Index.Count];
            Lexicon.Index.Mark(clause, candidates);
            missed.AddRange(Items.Where((item, i) => !candidates[i] && item.Regex?.IsMatch(clause) == true)
                .Select(item => $"{item.Name} in \"{clause}\""));
        }

        Assert.True(missed.Count == 0, string.Join('\n', missed.Take(20)));
    }

    [Fact]
    public void TheWorryAndQuestionPatternAnswersTheSameWithItsPrefilter()
    {
        var hypothetical = ClauseSplitter.Hypothetical;
        var disagreements = PrefilterCorpus.Clauses.Where(c => hypothetical.IsMatch(c) != hypothetical.Regex.IsMatch(c)).ToList();

        Assert.True(disagreements.Count == 0, string.Join('\n', disagreements.Take(20)));
        Assert.True(PrefilterCorpus.Clauses.Count(hypothetical.Regex.IsMatch) > 500);
    }

    [Fact]
    public void ReadingWithThePrefilterGivesTheSameFindingsAsRunningEveryPattern()
    {
        var fast = new FindingExtractor(Lexicon, prefilter: true);
        var full = new FindingExtractor(Lexicon, prefilter: false);
        var differences = PrefilterCorpus.Messages
            .Select(m => (Message: m, Fast: Describe(fast.Read(m, TriageHarness.Reference)), Full: Describe(full.Read(m, TriageHarness.Reference))))
            .Where(r => r.Fast != r.Full)
            .Select(r => $"\"{r.Message}\":\n  with:    {r.Fast}\n  without: {r.Full}")
            .ToList();

        Assert.True(differences.Count == 0, string.Join('\n', differences.Take(10)));
        Assert.True(PrefilterCorpus.Messages.Count > 5000, $"only {PrefilterCorpus.Messages.Count} messages");
    }

    [Fact]
    public void MostLexiconPatternsHaveKnownPrefixes()
    {
        var withPattern = Items.Count(i => i.Regex is not null);
        var alwaysRun = Lexicon.Index.AlwaysRun.Select(i => Items[i].Name).ToList();

        Assert.True(alwaysRun.Count * 10 < withPattern, $"always run: {string.Join(", ", alwaysRun)}");
    }

    [Fact]
    public void NoLexiconPatternRunsOnEveryClauseWithACommonWord()
    {
        // A pattern with too many alternatives falls back to three-letter prefixes; one of them being "the" or "my "
        // made the fever pattern run on nearly every clause (a thermometer alternative, caught by instruction counts).
        // Body parts are in nearly every message too: a symptom's alternative that starts with one ("feet full of
        // static") ran the numbness pattern on every clause naming a leg, arm or hand. Places start with them by design,
        // and so do the two signs that are about the part itself (a hand or foot cramping into a claw, an eyelid closing).
        string[] common = ["the", "and", "my ", "on ", "it ", "is ", "in ", "i h", "hav", "for", "tha", "wit", "was", "jus", "bee"];
        string[] bodyParts = ["leg ", "legs ", "arm ", "arms ", "hand ", "hands ", "calf ", "eyelid ", "foot ", "feet "];
        string[] aboutThePart = ["hand-spasm match", "eyelid-closes match"];
        var offending = Items.Where(i => i.Regex is not null)
            .Select(i => (i.Name, Prefixes: PrefixAnalyzer.Analyze(i.Regex!)))
            .Where(p => !p.Prefixes.IsAlwaysRun && p.Prefixes.Values!.Any(v =>
                common.Any(c => c.StartsWith(v, StringComparison.Ordinal))
                || (!p.Name.EndsWith(" place", StringComparison.Ordinal) && !aboutThePart.Contains(p.Name) && bodyParts.Any(c => c.StartsWith(v, StringComparison.Ordinal)))))
            .Select(p => p.Name)
            .ToList();

        Assert.True(offending.Count == 0, $"runs on common words: {string.Join(", ", offending)}");
    }

    private static string Describe(TurnFindings f) =>
        $"present [{string.Join(", ", f.Present)}] denied [{string.Join(", ", f.Denied)}] sites [{string.Join(", ", f.Sites)}] "
        + $"location {f.Location}/{f.Side}/{f.LocationIsAddition} duration {f.Duration} age {f.Age} none {f.NoneOfThese}";
}
