using System.Text.Json;
using BotService.Triage.Findings;
using BotService.Triage.Tests.Support;

namespace BotService.Triage.Tests;

/// <summary>Findings accumulate across turns and survive a JSON round trip through conversation state.</summary>
public sealed class FindingsTests
{
    [Fact]
    public void NewInformationAddsToWhatWasSaidBefore()
    {
        var (_, findings) = TriageHarness.Run("my calf twitches", "lots of coffee lately");

        Assert.Equal("calf", findings.Location);
        Assert.Contains("twitching", findings.Complaints);
        Assert.Contains("caffeine", findings.Triggers);
    }

    [Fact]
    public void AnExplicitLaterNegationRemovesAFinding()
    {
        var (decision, findings) = TriageHarness.Run("my leg feels weak and twitches", "sorry, not weak, just tired");

        Assert.DoesNotContain("weakness", findings.Symptoms);
        Assert.Contains("weakness", findings.Denied);
        Assert.Equal(TriageLevel.SelfCare, decision.Level);
    }

    [Fact]
    public void ALaterCorrectionReplacesTheLocation()
    {
        var (_, findings) = TriageHarness.Run("my calf cramps at night", "actually it's my thigh");

        Assert.Equal("thigh", findings.Location);
    }

    [Fact]
    public void AnAddedPlaceInAnotherRegionMakesItSeveralPlaces()
    {
        var (decision, findings) = TriageHarness.Run("my calf twitches", "now my arm is twitching too");

        Assert.Equal(BodyLocations.SeveralPlaces, findings.Location);
        Assert.Contains("S2-several-places", decision.RuleIds);
    }

    [Fact]
    public void KeepsTheSideThePersonGave()
    {
        var (_, findings) = TriageHarness.Run("my left eyelid twitches");

        Assert.Equal("eyelid", findings.Location);
        Assert.Equal("left", findings.Side);
    }

    [Fact]
    public void RoundTripsThroughJsonAsConversationState()
    {
        var (_, findings) = TriageHarness.Run("my right hand twitches and feels weak, lots of stress", "none");
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);

        var copy = JsonSerializer.Deserialize<Findings.Findings>(JsonSerializer.Serialize(findings, options), options)!;

        Assert.Equal(findings.Location, copy.Location);
        Assert.Equal(findings.Side, copy.Side);
        Assert.Equal(findings.Symptoms, copy.Symptoms);
        Assert.Equal(findings.Triggers, copy.Triggers);
        Assert.Equal(findings.Sites, copy.Sites);
        Assert.Equal(findings.Answered, copy.Answered);
        Assert.Equal(TriageHarness.Engine.Evaluate(findings), TriageHarness.Engine.Evaluate(copy), DecisionComparer.Instance);
    }

    private sealed class DecisionComparer : IEqualityComparer<Evaluation.TriageDecision>
    {
        public static readonly DecisionComparer Instance = new();

        public bool Equals(Evaluation.TriageDecision? x, Evaluation.TriageDecision? y) =>
            x!.Level == y!.Level && x.RuleIds.SequenceEqual(y.RuleIds);

        public int GetHashCode(Evaluation.TriageDecision obj) => obj.Level.GetHashCode();
    }
}
