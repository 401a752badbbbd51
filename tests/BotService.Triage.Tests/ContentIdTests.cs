namespace BotService.Triage.Tests;

/// <summary>Every content id the rules hand to the answer composer exists in the content base on disk.</summary>
public sealed class ContentIdTests
{
    [Fact]
    public void EveryContentAndTestIdInTheRulesExistsInTheContentBase()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BotService.sln")))
        {
            dir = dir.Parent;
        }

        var entries = Path.Combine(dir!.FullName, "src", "BotService.Content", "Data", "entries");
        var known = Directory.GetFiles(entries, "*.md").Select(Path.GetFileNameWithoutExtension).ToHashSet();
        var rules = Support.TriageHarness.Rules;

        var used = rules.Rules.Append(rules.Default)
            .SelectMany(r => r.Advice.Content.Concat(r.Advice.Tests).Select(id => (r.Id, ContentId: id)))
            .ToList();

        Assert.NotEmpty(used);
        Assert.All(used, u => Assert.True(known.Contains(u.ContentId), $"{u.Id} names unknown content '{u.ContentId}'"));
    }
}
