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

    [Fact]
    public void EveryThresholdAPassageSaysItCoversIsAThresholdOfTheRules()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BotService.sln")))
        {
            dir = dir.Parent;
        }

        var thresholds = Support.TriageHarness.Rules.Thresholds;
        var covered = Directory.GetFiles(Path.Combine(dir!.FullName, "src", "BotService.Content", "Data", "entries"), "*.md")
            .SelectMany(file => File.ReadLines(file)
                .Where(line => line.StartsWith("covers_thresholds:", StringComparison.Ordinal))
                .SelectMany(line => line["covers_thresholds:".Length..].Trim().Trim('[', ']').Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                .Select(id => (File: Path.GetFileName(file), Id: id)))
            .ToList();

        Assert.NotEmpty(covered);
        Assert.All(covered, c => Assert.True(thresholds.ContainsKey(c.Id), $"{c.File} covers unknown threshold '{c.Id}'"));
    }
}
