using System.Globalization;
using BotService.Dialogs.Tests.Support;
using Xunit.Abstractions;

namespace BotService.Dialogs.Tests;

/// <summary>
/// example-vignettes.md and the triage helper's case set (tests/BotService.Triage.Tests/Cases) played through the
/// whole conversation, not just the rules: emergency recall 100%, nothing below its lowest safe level, exact level
/// at least 90%, and every red flag escalated in the reply to the message that raised it.
/// </summary>
public sealed class CaseSetConversationTests(ITestOutputHelper output)
{
    [Fact]
    public async Task TheVignettesReachTheirLevelThroughTheConversation()
    {
        var figures = await MeasureAsync("vignettes.json");
        Assert.Equal(figures.Runs.Count, figures.Exact);
    }

    [Fact]
    public async Task TheCaseSetMeetsRecallSafetyAndExactnessThroughTheConversation()
    {
        var figures = await MeasureAsync("cases.json");
        Assert.True(figures.Runs.Count >= 100, $"only {figures.Runs.Count} cases");
        Assert.True(figures.EmergencyRecall == 1.0, $"emergency recall {figures.EmergencyRecall.ToString("P1", CultureInfo.InvariantCulture)}");
        Assert.True(figures.ExactShare >= 0.9, $"exact {figures.ExactShare.ToString("P1", CultureInfo.InvariantCulture)}");
    }

    [Fact]
    public async Task TheDialogsOwnConversationCasesMeetTheSameBar()
    {
        var figures = await MeasureAsync("conversations.json");
        Assert.True(figures.EmergencyRecall == 1.0, $"emergency recall {figures.EmergencyRecall.ToString("P1", CultureInfo.InvariantCulture)}");
        Assert.True(figures.ExactShare >= 0.9, $"exact {figures.ExactShare.ToString("P1", CultureInfo.InvariantCulture)}");
    }

    private async Task<ConversationFigures> MeasureAsync(string file)
    {
        var runs = new List<ConversationRun>();
        foreach (var triageCase in TriageCase.Load(file))
        {
            runs.Add(await ConversationRun.PlayAsync(triageCase));
        }

        var figures = new ConversationFigures(runs);
        var report = figures.Report(file);
        output.WriteLine(report);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, $"conversation-figures-{Path.GetFileNameWithoutExtension(file)}.txt"), report);
        foreach (var run in figures.BelowLowestSafe.Concat(figures.LateEscalations).Distinct())
        {
            output.WriteLine($"--- {run.Case.Id}\n{run.Transcript}");
        }

        Assert.True(figures.BelowLowestSafe.Count == 0, "below lowest safe: " + string.Join(", ", figures.BelowLowestSafe.Select(r => r.Case.Id)));
        Assert.True(figures.LateEscalations.Count == 0, "escalated late: " + string.Join(", ", figures.LateEscalations.Select(r => r.Case.Id)));
        return figures;
    }
}
