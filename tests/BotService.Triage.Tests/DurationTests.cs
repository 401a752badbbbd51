using BotService.Triage.Tests.Support;

namespace BotService.Triage.Tests;

/// <summary>Durations come from the recognizers, from the clause about the complaint, never from other timings.</summary>
public sealed class DurationTests
{
    [Fact]
    public void ReadsTheDurationOfTheTwitch()
    {
        var (_, findings) = TriageHarness.Run("my right bicep has been twitching for about 5 weeks. no weakness, lifts fine");

        Assert.Equal(5 * 7 * 86400, findings.DurationSeconds);
    }

    [Theory]
    [InlineData("my husband had a seizure last year and has been fine since, now he gets calf cramps")]
    [InlineData("my mum had a seizure 3 years ago and has been good since, her eyelid twitches")]
    public void TheSinceOfWordsThatCloseSomeonesOldFitDoesNotDateTheTwitch(string text)
    {
        var (_, findings) = TriageHarness.Run(text);

        Assert.Null(findings.DurationSeconds);
    }

    [Fact]
    public void ReadsAnOnsetAgainstTheReferenceTime()
    {
        var (_, findings) = TriageHarness.Run("calf twitching since yesterday");

        Assert.InRange(findings.DurationSeconds!.Value, 10 * 3600, 2 * 86400);
    }

    [Theory]
    [InlineData("my calf keeps cramping since my run this morning, any tips?", 1, 4)]
    [InlineData("thigh twitching after football on monday", 24 * 4, 24 * 7)]
    [InlineData("my legs have been twitching since the gym yesterday", 10, 48)]
    public void ReadsAnOnsetWithAnEventBetweenSinceAndTheTimeAndTheEventAsExercise(string text, double minHours, double maxHours)
    {
        var (_, findings) = TriageHarness.Run(text);

        Assert.InRange(findings.DurationSeconds!.Value / 3600, minHours, maxHours);
        Assert.Contains("exercise", findings.Triggers);
    }

    [Theory]
    [InlineData("my calf twitches since my dad died last year")]
    [InlineData("it runs in the family")]
    public void DoesNotTakeOtherWordsForARun(string text)
    {
        var (_, findings) = TriageHarness.Run(text);

        Assert.DoesNotContain("exercise", findings.Triggers);
    }

    [Theory]
    [InlineData("Eyelid twitching. I had a small cut on my finger last month")]
    [InlineData("im 28 weeks pregnant and getting calf cramps at night")]
    [InlineData("thyroid op 3 days ago. the skin round my mouth keeps twitching")]
    [InlineData("I am 82 and my legs cramp at night")]
    public void IgnoresTheTimingOfWoundsPregnancySurgeryAndAge(string text)
    {
        var (_, findings) = TriageHarness.Run(text);

        Assert.Null(findings.DurationSeconds);
    }

    [Fact]
    public void ReadsSinceASeasonAsMonths()
    {
        var (decision, findings) = TriageHarness.Run("thigh twitches have been going on since the summer");

        Assert.True(findings.DurationSeconds > 60 * 86400);
        Assert.Equal(TriageLevel.Soon, decision.Level);
    }

    [Fact]
    public void TreatsAHedgedAnswerAsALowerBound()
    {
        var (decision, findings) = TriageHarness.Run("my leg keeps twitching", "maybe 2 weeks? more like 3");

        Assert.Equal("more", findings.DurationMod);
        Assert.Equal(TriageLevel.Soon, decision.Level);
    }

    [Fact]
    public void UsesTheCrampDurationForTheTenMinuteThreshold()
    {
        var (decision, _) = TriageHarness.Run("woke up with a calf cramp about 15 mins ago and it still wont let go");

        Assert.Contains("U1-cramp-over-ten-minutes", decision.RuleIds);
    }
}
