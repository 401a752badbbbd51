namespace BotService.Content.Tests;

/// <summary>The quality test set: questions as people type them, with the entry (or entries) that should answer.</summary>
internal static class QualitySet
{
    public static IReadOnlyList<(string Question, string[] Expected)> InScope { get; } =
        Lines("in-scope.tsv").Select(l => l.Split('\t')).Select(p => (p[0], p[1].Split('|'))).ToList();

    public static IReadOnlyList<string> OutOfScope { get; } = Lines("out-of-scope.txt").ToList();

    private static IEnumerable<string> Lines(string file) =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "QualitySet", file))
            .Where(l => l.Trim().Length > 0 && !l.StartsWith('#'));
}
