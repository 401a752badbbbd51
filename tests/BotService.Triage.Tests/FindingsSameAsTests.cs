using BotService.Triage.Findings;
using BotService.Triage.Tests.Support;

namespace BotService.Triage.Tests;

/// <summary>
/// <see cref="Findings.Findings.SameAs"/> lets a turn reuse one decision while the findings stay the same, so it must notice a
/// change to any property, including one added to <see cref="Findings.Findings"/> later.
/// </summary>
public sealed class FindingsSameAsTests
{
    [Fact]
    public void ACopyIsTheSameAsItsOriginal()
    {
        var (_, findings) = TriageHarness.Run("my left calf has twitched for 3 days, no weakness", "lots of coffee lately");

        Assert.True(findings.SameAs(findings.Copy()));
    }

    [Theory]
    [MemberData(nameof(EveryProperty))]
    public void AChangeToAnyOnePropertyMakesItDifferent(string property)
    {
        var (_, findings) = TriageHarness.Run("my left calf has twitched for 3 days, no weakness", "lots of coffee lately");
        var changed = findings.Copy();
        var info = typeof(Findings.Findings).GetProperty(property)!;

        FindingsChanges.Change(info, changed);

        Assert.False(findings.SameAs(changed), $"{property} changed, yet SameAs said the findings were the same");
        Assert.False(changed.SameAs(findings), $"{property} changed, yet SameAs said the findings were the same");
    }

    public static TheoryData<string> EveryProperty() => FindingsChanges.EveryProperty();
}
