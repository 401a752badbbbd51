using BotService.Triage.Findings;
using BotService.Triage.Tests.Support;

namespace BotService.Triage.Tests;

/// <summary>Red flags on every turn, only the questions that matter, reasons in the user's terms, the answer plan.</summary>
public sealed class EvaluatorTests
{
    [Fact]
    public void DecidesAnEmergencyFromTheFirstMessageWithNothingLeftToAsk()
    {
        var (decision, _) = TriageHarness.Run("arm twitching and now a crushing pain in my chest");

        Assert.Equal(TriageLevel.Emergency, decision.Level);
        Assert.True(decision.IsRedFlag);
        Assert.Empty(decision.StillUnknown);
    }

    [Fact]
    public void AsksWhereHowLongAndWhatElseWhenOnlyTheComplaintIsKnown()
    {
        var (decision, _) = TriageHarness.Run("I keep twitching");

        var slots = decision.StillUnknown.Select(q => q.Slot).ToList();
        Assert.Equal(TriageLevel.SelfCare, decision.Level);
        Assert.Equal([TriageSlot.Location, TriageSlot.Duration, TriageSlot.Symptoms, TriageSlot.Context], slots);
        Assert.Contains("chest-pain", decision.StillUnknown.Single(q => q.Slot == TriageSlot.Symptoms).Findings);
    }

    [Fact]
    public void DoesNotAskAgainWhatAPersonAlreadySaidInTheFirstMessage()
    {
        var (decision, _) = TriageHarness.Run("my left eyelid has been twitching for about 4 days. exam week, like 5 coffees a day and not much sleep");

        var slots = decision.StillUnknown.Select(q => q.Slot).ToList();
        Assert.DoesNotContain(TriageSlot.Location, slots);
        Assert.DoesNotContain(TriageSlot.Duration, slots);
        Assert.Contains(TriageSlot.Symptoms, slots);
    }

    [Fact]
    public void StopsAskingAboutSymptomsOnceTheyWereAnsweredWithNone()
    {
        var (decision, findings) = TriageHarness.Run("my left eyelid has been twitching for about 4 days, lots of coffee", "none of these");

        Assert.True(findings.IsAnswered(TriageSlot.Symptoms));
        Assert.DoesNotContain(decision.StillUnknown, q => q.Slot == TriageSlot.Symptoms);
        Assert.Equal(TriageLevel.SelfCare, decision.Level);
    }

    [Fact]
    public void OnlyAsksWhatCouldRaiseAnUrgentLevel()
    {
        var (decision, _) = TriageHarness.Run("started metoclopramide yesterday and my neck keeps pulling to the side");

        Assert.Equal(TriageLevel.Urgent, decision.Level);
        Assert.All(decision.StillUnknown, q => Assert.Equal(TriageLevel.Emergency, q.AtStake));
        Assert.Contains("swallowing-trouble", decision.StillUnknown.Single(q => q.Slot == TriageSlot.Symptoms).Findings);
    }

    [Fact]
    public void GivesTheReasonInTheUsersTerms()
    {
        var (decision, _) = TriageHarness.Run("my left hand twitches and I keep dropping things, for a few weeks");

        Assert.Equal(TriageLevel.Soon, decision.Level);
        Assert.Contains(decision.Reasons, r => r.Text == "you mentioned weakness in your left hand");
    }

    [Fact]
    public void NamesAFindingOnceWhenAnotherFindingOfTheRuleAlreadySaysIt()
    {
        var (decision, _) = TriageHarness.Run("sudden weakness on one side of my face and my speech is slurred");

        Assert.Equal(TriageLevel.Emergency, decision.Level);
        var reasons = string.Join(" / ", decision.Reasons.Select(r => r.Text));
        Assert.Contains("weakness on one side", reasons, StringComparison.Ordinal);
        Assert.DoesNotContain("weakness on one side, weakness", reasons, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a dog bite 12 days ago and now a stiff neck and painful back spasms", "after a wound", "a wound")]
    [InlineData("he fell and banged his head and now his arm is twitching", "after a head injury", "a head injury")]
    public void DoesNotListAFindingTheReasonAlreadyNames(string message, string sentenceNames, string finding)
    {
        var (decision, _) = TriageHarness.Run(message);

        var reason = Assert.Single(decision.Reasons.Select(r => r.Text).Distinct(), t => t.Contains(sentenceNames, StringComparison.Ordinal));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(reason, System.Text.RegularExpressions.Regex.Escape(finding)));
    }

    [Fact]
    public void RulesThatDecideTheLevelWithTheSameReasonGiveItOnceWithAllTheirFindings()
    {
        var (decision, _) = TriageHarness.Run("sudden weakness on one side of my face and my speech is slurred");

        var stroke = Assert.Single(decision.Reasons.Select(r => r.Text).Distinct(), t => t.Contains("stroke", StringComparison.Ordinal));
        Assert.Contains("weakness on one side", stroke, StringComparison.Ordinal);
        Assert.Contains("trouble speaking", stroke, StringComparison.Ordinal);
        Assert.True(decision.Reasons.Select(r => r.RuleId).Distinct().Count() >= 2, "every deciding rule keeps its own reason entry");
    }

    [Fact]
    public void SaysWhenAReasonRestsOnAnInferenceRow()
    {
        var (decision, _) = TriageHarness.Run("over the last 2 days my legs are getting weaker");

        Assert.Contains(decision.Reasons, r => r.RuleId == "U7-rapid-weakness" && r.Inference);
    }

    [Fact]
    public void PlansASelfCareAnswerForABenignEyelidTwitch()
    {
        var (decision, _) = TriageHarness.Run("my left eyelid has been twitching for about 4 days. exam week, like 5 coffees a day and not much sleep");

        Assert.Equal(TriageLevel.SelfCare, decision.Level);
        Assert.Contains("selfcare-eyelid-twitch", decision.Answer.ContentIds);
        Assert.Contains("safety-net-twitching", decision.Answer.ContentIds);
        Assert.Contains(decision.Answer.WatchFor, t => t.Id == "over-two-weeks");
        Assert.Equal(["stress or anxiety", "tiredness or short sleep", "caffeine"], decision.Answer.LikelyCauses.Where(c => c.Mentioned).Select(c => c.Text));
        Assert.Null(decision.Answer.Doctor);
    }

    [Fact]
    public void PlansWhichDoctorAndTestsForATwitchOverTwoWeeks()
    {
        var (decision, _) = TriageHarness.Run("my right bicep has been twitching for about 5 weeks");

        Assert.Equal(TriageLevel.Soon, decision.Level);
        Assert.Contains("which-doctor", decision.Answer.ContentIds);
        Assert.Contains("tests-emg", decision.Answer.Tests);
        Assert.Contains("neurologist", decision.Answer.Doctor, StringComparison.Ordinal);
        Assert.Contains(decision.Answer.WatchFor, t => t.Id == "weakness");
    }

    [Fact]
    public void NamesEveryMatchingRuleMostUrgentFirst()
    {
        var (decision, _) = TriageHarness.Run("32 weeks pregnant and my left calf has been cramping, its swollen and warm to touch");

        Assert.Equal("U6-dvt", decision.RuleIds[0]);
        Assert.Contains("C4-pregnancy-cramps", decision.RuleIds);
    }

    [Fact]
    public void AButtonChoiceCanRaiseTheLevelAndADenialLowersItAgain()
    {
        var findings = new Findings.Findings();
        TriageHarness.Engine.Update(findings, "my left eyelid has twitched for 4 days", TriageHarness.Reference);

        var drooping = TriageHarness.Engine.Confirm(findings, "eyelid-droop");
        var notDrooping = TriageHarness.Engine.Deny(findings, "eyelid-droop");

        Assert.Equal(TriageLevel.Soon, drooping.Level);
        Assert.Equal(TriageLevel.SelfCare, notDrooping.Level);
        Assert.Equal("a drooping eyelid", TriageEngine.Lexicon.LabelFor("eyelid-droop"));
        Assert.Throws<ArgumentException>(() => TriageHarness.Engine.Confirm(findings, "droopiness"));
    }

    [Fact]
    public void UsesTheDefaultRuleWhenNothingMatches()
    {
        var (decision, _) = TriageHarness.Run("hello");

        Assert.Equal(["C0-no-red-flags"], decision.RuleIds);
        Assert.Equal(TriageLevels.SelfCare, decision.Disposition);
    }
}
