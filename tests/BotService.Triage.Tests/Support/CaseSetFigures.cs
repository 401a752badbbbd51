using System.Globalization;
using System.Text;

namespace BotService.Triage.Tests.Support;

/// <summary>Runs a case set and computes recall, exact level and under-triage figures.</summary>
public sealed record CaseSetFigures(
    int Total,
    int Emergencies,
    int EmergenciesCaught,
    int ExactCount,
    IReadOnlyList<string> BelowLowestSafe,
    IReadOnlyList<string> Misses)
{
    public double EmergencyRecall => Emergencies == 0 ? 1.0 : (double)EmergenciesCaught / Emergencies;

    public double Exact => Total == 0 ? 0 : (double)ExactCount / Total;

    public static CaseSetFigures Measure(IReadOnlyList<TriageCase> cases)
    {
        int emergencies = 0, caught = 0, exact = 0;
        var below = new List<string>();
        var misses = new List<string>();
        foreach (var c in cases)
        {
            var level = TriageHarness.Run(c.Turns).Decision.Level;
            var expected = TriageLevels.Parse(c.Expected);
            if (expected == TriageLevel.Emergency)
            {
                emergencies++;
                caught += level == TriageLevel.Emergency ? 1 : 0;
            }

            if (level == expected)
            {
                exact++;
            }
            else
            {
                misses.Add($"{c.Id}: expected {c.Expected}, got {level.ToName()}");
            }

            if (level < TriageLevels.Parse(c.LowestSafe))
            {
                below.Add($"{c.Id} ({level.ToName()} < {c.LowestSafe})");
            }
        }

        return new CaseSetFigures(cases.Count, emergencies, caught, exact, below, misses);
    }

    public string Report()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"cases: {Total}");
        text.AppendLine(CultureInfo.InvariantCulture, $"emergency recall: {EmergenciesCaught}/{Emergencies} = {EmergencyRecall:P1}");
        text.AppendLine(CultureInfo.InvariantCulture, $"exact level: {ExactCount}/{Total} = {Exact:P1}");
        text.AppendLine(CultureInfo.InvariantCulture, $"below lowest safe level: {BelowLowestSafe.Count}");
        foreach (var miss in Misses)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {miss}");
        }

        return text.ToString();
    }
}
