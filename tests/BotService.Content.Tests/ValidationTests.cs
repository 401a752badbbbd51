using BotService.Content.Loading;

namespace BotService.Content.Tests;

public sealed class ValidationTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "content-validation-" + Guid.NewGuid().ToString("N"));

    public ValidationTests()
    {
        Directory.CreateDirectory(Path.Combine(_folder, ContentLoader.EntriesFolder));
        Write(ContentLoader.SourcesFile, """
            - id: "001"
              kind: seed
              title: What are muscle spasms?
              file: 001_b43158e8cfc293fb.txt
            - id: nhs-leg-cramps
              kind: guidance
              title: "NHS: Leg cramps"
              url: https://www.nhs.uk/conditions/leg-cramps/
            """);
        Write(ContentLoader.SynonymsFile, "cramp, charley horse\n");
        Write(ContentLoader.StopWordsFile, "what is a\n");
    }

    [Fact]
    public void LoadsAWellFormedFolder()
    {
        WriteEntry("what-is-a-cramp", "What a cramp is", "[\"001\", nhs-leg-cramps]", "[]", "A cramp is a muscle that tightens.");
        var contentBase = ContentLoader.Load(_folder);
        var entry = contentBase.Get("what-is-a-cramp");
        Assert.Equal(["001", "nhs-leg-cramps"], entry.Sources.Select(s => s.Id));
        Assert.Equal("What are muscle spasms? (001)", entry.Sources[0].DisplayName);
        Assert.Equal(new Uri("https://www.nhs.uk/conditions/leg-cramps/"), entry.Sources[1].Url);
    }

    [Fact]
    public void ListsEveryProblemInOneError()
    {
        WriteEntry("first", "First", "[\"001\"]", "[missing-entry]", "Some text.");
        WriteEntry("second", "Second", "[unknown-source]", "[]", "Some text.");
        WriteEntry("third", "Third", "[\"001\"]", "[third]", "   ");
        WriteEntry("fourth", "Fourth", "[]", "[]", "Some text.");
        Write("entries/fifth.md", "No front matter here.");
        Write("entries/sixth.md", "---\nid: first\ntitle: Same id as another\nsources: [\"001\"]\n---\nText.");

        var error = Assert.Throws<ContentValidationException>(() => ContentLoader.Load(_folder));

        Assert.Contains(error.Problems, p => p.Contains("first.md: related id 'missing-entry' does not exist", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("second.md: source 'unknown-source' is not in sources.yml", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("third.md: the body is empty", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("fourth.md: every entry must name at least one source", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("fifth.md: the file must start with YAML front matter", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("sixth.md: id 'first' must match the file name", StringComparison.Ordinal));
        Assert.Contains("6 problem(s)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportsDuplicateIdsAndUnknownFrontMatterKeys()
    {
        Write("entries/one.md", "---\nid: one\ntitle: One\nsources: [\"001\"]\ncolour: blue\n---\nText.");
        WriteEntry("two", "Two", "[\"001\", \"001\"]", "[two]", "Text.");
        Write(ContentLoader.SourcesFile, File.ReadAllText(Path.Combine(_folder, ContentLoader.SourcesFile)) +
            "\n- id: nhs-leg-cramps\n  kind: guidance\n  title: Again\n- id: bad\n  kind: blog\n  title: A blog\n");

        var error = Assert.Throws<ContentValidationException>(() => ContentLoader.Load(_folder));

        Assert.Contains(error.Problems, p => p.StartsWith("entries/one.md: front matter line", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("two.md: lists itself as related", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("source 'nhs-leg-cramps' is listed twice", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("source 'bad': kind must be 'seed' or 'guidance'", StringComparison.Ordinal));
    }

    [Fact]
    public void RejectsAMissingFolderClearly()
    {
        var error = Assert.Throws<ContentValidationException>(() => ContentLoader.Load(Path.Combine(_folder, "nowhere")));
        Assert.Contains("does not exist", Assert.Single(error.Problems), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void WriteEntry(string id, string title, string sources, string related, string body) =>
        Write($"entries/{id}.md", $"---\nid: {id}\ntitle: {title}\nsources: {sources}\nrelated: {related}\n---\n{body}\n");

    private void Write(string relativePath, string text) => File.WriteAllText(Path.Combine(_folder, relativePath), text);
}
