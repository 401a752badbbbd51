using BotService.Triage.Tests.Support;

namespace BotService.Triage.Tests;

/// <summary>
/// What people type in answer to the bot's questions (the tenth blind batch): a message that points back to the place
/// already named, a duration corrected in the same message, weakness given a start time instead of "suddenly".
/// </summary>
public sealed class LaterMessageTests
{
    [Theory]
    [InlineData("now you say it the skin looks darker there and it's swollen", "swelling")]
    [InlineData("its swollen", "swelling")]
    [InlineData("the skin looks darker there", "redness")]
    public void AMessageThatPointsBackToTheLegAlreadyNamedIsReadAsAboutIt(string later, string finding)
    {
        var (decision, findings) = TriageHarness.Run("had a knee op 10 days ago and now my calf is cramping", later);

        Assert.Contains(finding, findings.Symptoms);
        Assert.Equal(TriageLevel.Urgent, decision.Level);
    }

    [Theory]
    [InlineData("i had a glass of red last night")]
    [InlineData("it is red wine that sets it off")]
    [InlineData("my face went red when i stood up")]
    public void AMessageThatDoesNotPointBackIsNotReadAsAboutTheLeg(string later)
    {
        var (_, findings) = TriageHarness.Run("my calf cramps a lot", later);

        Assert.DoesNotContain("redness", findings.Symptoms);
    }

    [Theory]
    [InlineData("idk maybe 10 days... actually no, its been since before my birthday so more like 3 weeks", 21)]
    [InlineData("about 4 days? no wait, it started before my holiday so more like 5 weeks", 35)]
    [InlineData("about 4 days, i mean it feels longer", 4)]
    [InlineData("its been twitching for 10 days... actually no more like 3 weeks", 21)]
    [InlineData("its been twitching for 10 days, i mean it started after 2 weeks of exams", 10)]
    public void ADurationCorrectedInTheSameMessageIsTheCorrection(string later, double days)
    {
        var (_, findings) = TriageHarness.Run("eyelid twitch", later);

        Assert.Equal(days * 86400, findings.DurationSeconds);
    }

    [Theory]
    [InlineData("i cant lift my right arm properly since about an hour ago, it just kinda flops")]
    [InlineData("the hand feels kind of heavy and dead now, and the whole arm on that side, came on maybe half an hour ago")]
    public void WeaknessThatBeganWithinTheLastFewHoursIsSudden(string later)
    {
        var (decision, findings) = TriageHarness.Run("my left hand has been twitching a bit tonight", later);

        Assert.Contains("onset-sudden", findings.Symptoms);
        Assert.Equal(TriageLevel.Emergency, decision.Level);
    }

    [Theory]
    [InlineData("my legs feel weak since my run 2 hours ago")]
    [InlineData("my arm has been weak since last week")]
    [InlineData("my right arm has been weak since yesterday morning")]
    public void WeaknessAfterExerciseInBothLegsOrOlderThanAFewHoursIsNotSudden(string text)
    {
        var (_, findings) = TriageHarness.Run(text);

        Assert.Contains("weakness", findings.Symptoms);
        Assert.DoesNotContain("onset-sudden", findings.Symptoms);
    }

    [Fact]
    public void BothLegsSaidToBeNormalIsNotBothSides()
    {
        var (decision, findings) = TriageHarness.Run(
            "30 weeks pregnant and getting leg cramps at night",
            "i thought both legs were normal but actually the left calf is redder and puffier than the right");

        Assert.DoesNotContain("both-sides", findings.Context);
        Assert.Equal(TriageLevel.Urgent, decision.Level);
    }

    [Fact]
    public void CanStillWalkRulesOutNotWalkingButNotWeakness()
    {
        var (_, findings) = TriageHarness.Run("my legs have felt weak for a few days", "breathing fine, can still walk");

        Assert.Contains("weakness", findings.Symptoms);
        Assert.Contains("cannot-walk", findings.Denied);
    }
}
