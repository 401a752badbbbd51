using BotService.Triage.Tests.Support;

namespace BotService.Triage.Tests;

/// <summary>../shared/docs/example-vignettes.md as a table: opening message, then the facts as later turns.</summary>
public sealed class VignetteTests
{
    public static TheoryData<TriageCase> Vignettes() => [.. TriageCase.Load("vignettes.json")];

    /// <summary>The vignettes whose level is urgent or emergency: the ones that must be reached from the first message.</summary>
    public static TheoryData<TriageCase> RedFlagVignettes() =>
        [.. TriageCase.Load("vignettes.json").Where(v => TriageLevels.Parse(v.Expected) >= TriageLevel.Urgent)];

    [Theory]
    [MemberData(nameof(Vignettes))]
    public void ReachesTheExpectedLevel(TriageCase vignette)
    {
        var (decision, _) = TriageHarness.Run(vignette.Turns);

        Assert.Equal(vignette.Expected, decision.Disposition);
    }

    [Theory]
    [MemberData(nameof(RedFlagVignettes))]
    public void GivesEmergencyAndUrgentLevelsOnTheOpeningMessageAlone(TriageCase vignette)
    {
        var expected = TriageLevels.Parse(vignette.Expected);
        var (decision, _) = TriageHarness.Run(vignette.Turns[0]);

        Assert.Equal(expected, decision.Level);
    }
}
