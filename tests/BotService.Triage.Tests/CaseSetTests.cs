using System.Globalization;
using BotService.Triage.Tests.Support;
using Xunit.Abstractions;

namespace BotService.Triage.Tests;

/// <summary>
/// The realistic case set (Cases/cases.json) measured as a whole: emergency recall must be 100%, no case may land
/// below its lowest safe level, and the exact level must match on at least 90% of cases.
/// </summary>
public sealed class CaseSetTests(ITestOutputHelper output)
{
    [Fact]
    public void TheCaseSetCoversEveryGuidanceRowWithAtLeastAHundredCases()
    {
        var cases = TriageCase.Load("cases.json");
        var rows = cases.Select(c => c.Row).ToHashSet();
        Assert.True(cases.Count >= 100, $"only {cases.Count} cases");
        foreach (var row in GuidanceRows.All)
        {
            Assert.Contains(row, rows);
        }
    }

    [Fact]
    public void MeetsEmergencyRecallNoUnderTriageAndNinetyPercentExact()
    {
        var figures = CaseSetFigures.Measure(TriageCase.Load("cases.json"));
        output.WriteLine(figures.Report());
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "triage-case-figures.txt"), figures.Report());
        Assert.True(figures.EmergencyRecall == 1.0, $"emergency recall {figures.EmergencyRecall.ToString("P1", CultureInfo.InvariantCulture)}");
        Assert.True(figures.BelowLowestSafe.Count == 0, "below lowest safe: " + string.Join(", ", figures.BelowLowestSafe));
        Assert.True(figures.Exact >= 0.9, $"exact {figures.Exact.ToString("P1", CultureInfo.InvariantCulture)}");
    }
}
