using System.Text.RegularExpressions;
using BotService.Triage.Extraction;

namespace BotService.Triage.Tests.Support;

/// <summary>
/// Many messages to check the extraction prefilter against: every string written in the triage and dialog tests
/// (case files, transcripts, test sources), the benchmark's messages, and variations of them, plus sentences made
/// of words from the lexicon's own patterns so that every entry gets matched in many ways.
/// </summary>
public static partial class PrefilterCorpus
{
    private static readonly string[] Sources =
        ["tests/BotService.Triage.Tests", "tests/BotService.Dialogs.Tests", "tests/BotService.Benchmarks/TriageBenchmarks.cs"];

    public static IReadOnlyList<string> Messages { get; } = Build();

    /// <summary>Normalised clauses of every message, as the extractor sees them.</summary>
    public static IReadOnlyList<string> Clauses { get; } =
        [.. Messages.SelectMany(m => ClauseSplitter.Split(TextNormalizer.Normalize(m)).Select(c => c.Text)).Distinct(StringComparer.Ordinal)];

    private static List<string> Build()
    {
        var root = RepositoryRoot();
        var written = Sources.Select(s => Path.Combine(root, s))
            .SelectMany(p => File.Exists(p) ? [p] : Directory.EnumerateFiles(p, "*.*", SearchOption.AllDirectories))
            .Where(p => Path.GetExtension(p) is ".cs" or ".json" or ".transcript" && !p.Contains("/bin/", StringComparison.Ordinal) && !p.Contains("/obj/", StringComparison.Ordinal))
            .SelectMany(p => StringLiteral().Matches(File.ReadAllText(p)).Select(m => m.Groups[1].Value.Replace("\\\"", "\"", StringComparison.Ordinal)))
            .Where(s => s.Any(char.IsLetter))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var random = new Random(20261121);
        var variations = written.SelectMany(m => Variations(m, written[random.Next(written.Count)], random));
        return [.. written, .. variations, .. LexiconSentences(random, 4000)];
    }

    private static IEnumerable<string> Variations(string message, string other, Random random)
    {
        yield return message.ToUpperInvariant();
        yield return "no " + message;
        yield return "i dont have " + message + " but not anymore";
        yield return "what if " + message + "?";
        yield return message + ", and " + other;
        yield return message.Replace(" ", random.Next(3) switch { 0 => "  ", 1 => "-", _ => " ٣ " }, StringComparison.Ordinal);
        yield return new string([.. message.Where((_, i) => i % 7 != 3)]);
        // Arabic-Indic digits: .NET's \d matches them too.
        yield return new string([.. message.Select(c => char.IsAsciiDigit(c) ? (char)(c - '0' + '\u0660') : c)]);
    }

    /// <summary>Random sentences of literal pieces of the lexicon's patterns, joined by words that change their reading.</summary>
    private static IEnumerable<string> LexiconSentences(Random random, int count)
    {
        var pieces = Lexicon.Default.Entries.SelectMany(e => new[] { e.Match, e.Deny })
            .Concat(LexiconLocations.Places.Select(p => p.Match))
            .OfType<Regex>()
            .SelectMany(r => PatternPiece().Split(r.ToString().Replace(@"\b", " ", StringComparison.Ordinal)))
            .Select(p => p.Trim())
            .Where(p => p.Any(char.IsLetterOrDigit))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        string[] joiners = [" ", " ", "", " my ", " not ", ", ", " and ", "s ", "ing ", " is fine ", " in my ", " 3 ", " é "];
        for (var i = 0; i < count; i++)
        {
            var words = Enumerable.Range(0, random.Next(2, 7)).Select(_ => pieces[random.Next(pieces.Length)] + joiners[random.Next(joiners.Length)]);
            yield return string.Concat(words);
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BotService.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The corpus is read from the repository's test sources; BotService.sln was not found above the test output.");
    }

    [GeneratedRegex(@"""((?:[^""\\\n]|\\.)*)""")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"\\[a-zA-Z]|[|()?*+{}\[\]^$~\\!=<:]")]
    private static partial Regex PatternPiece();
}
