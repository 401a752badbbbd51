using BotService.Triage.Rules;
using BotService.Triage.Tests.Support;

namespace BotService.Triage.Tests;

/// <summary>The shipped rules table: complete, sourced, and each rule fires on a message that describes its row.</summary>
public sealed class RuleTableTests
{
    private static readonly RuleSet Rules = TriageHarness.Rules;

    [Fact]
    public void EveryGuidanceRowHasAtLeastOneRule()
    {
        var rows = Rules.Rules.Select(r => r.Row).ToHashSet();
        Assert.All(GuidanceRows.All, row => Assert.Contains(row, rows));
    }

    [Fact]
    public void EveryRuleNamesASourceARationaleAndAReason()
    {
        Assert.All(Rules.Rules.Append(Rules.Default), rule =>
        {
            Assert.False(string.IsNullOrWhiteSpace(rule.Source), rule.Id);
            Assert.False(string.IsNullOrWhiteSpace(rule.Rationale), rule.Id);
            Assert.False(string.IsNullOrWhiteSpace(rule.Reason), rule.Id);
        });
    }

    [Fact]
    public void RowsMarkedInferenceInTheGuidanceHaveFlaggedRules()
    {
        foreach (var row in GuidanceRows.Inference.Where(r => r != "C4"))
        {
            Assert.Contains(Rules.Rules, r => r.Row == row && r.Inference);
        }

        Assert.All(Rules.Rules.Where(r => r.Row == "U7"), r => Assert.True(r.Inference, r.Id));
    }

    [Fact]
    public void SeeADoctorAndSelfCareRowsKeepTheirLevelAndRedFlagRowsAreAtLeastUrgent()
    {
        Assert.All(Rules.Rules, rule =>
        {
            var expected = rule.Row[0] switch
            {
                'S' => TriageLevel.Soon,
                'C' => TriageLevel.SelfCare,
                _ => (TriageLevel?)null,
            };
            if (expected is { } level)
            {
                Assert.Equal(level, rule.Level);
            }
            else
            {
                Assert.True(rule.Level >= TriageLevel.Urgent, rule.Id);
            }
        });
    }

    [Fact]
    public void EveryRuleIsExercisedByTheRuleExamples()
    {
        var covered = RuleExamples().Select(row => (string)row[0]).ToHashSet();
        Assert.All(Rules.Rules, rule => Assert.Contains(rule.Id, covered));
    }

    public static TheoryData<string, string> RuleExamples() => new()
    {
        { "E1-stroke-signs", "my face is drooping on one side and my cheek twitches" },
        { "E1-stroke-named", "I think my dad is having a stroke" },
        { "E1-speech-sudden", "my speech is slurred and my hand is twitching" },
        { "E2-airway", "spasms in my neck and I can't breathe properly" },
        { "E3-chest-pain", "twitching arm and chest pain" },
        { "E4-seizure", "he had a seizure and is still jerking" },
        { "E5-tetanus", "stepped on a rusty nail last week, now my jaw is locked" },
        { "E5-tetanus-minor-wound", "my nan scraped her leg in the field a fortnight ago and now her jaw is stiff" },
        { "E5-lockjaw-spreading", "my jaw is locked and my neck is stiff" },
        { "E6-fever-rigidity", "fever of 39 and my muscles are rigid" },
        { "E7-dystonia-airway", "after the haloperidol my neck is twisting and I can't swallow" },
        { "E8-rhabdomyolysis", "after the marathon my legs are in agony and my pee is dark brown" },
        { "E8-dark-urine", "legs a bit sore after the gym and my pee is dark" },
        { "E9-head-injury", "banged my head this morning and now my arm keeps twitching" },
        { "E9-spine-injury", "whiplash from a car crash and now my hands are numb" },
        { "E10-collapse-heart", "spasms in my hands and I fainted" },
        { "U7-rapid-weakness-cannot-walk", "since yesterday my legs are getting weaker and now I can't walk" },
        { "U1-cramp-over-ten-minutes", "calf cramp for 20 minutes and it won't ease" },
        { "U2-wound-cramps", "cut my foot in the garden and now my calf keeps cramping" },
        { "U2-toxins", "I work with lead and keep getting cramps" },
        { "U2-lockjaw", "my jaw feels locked" },
        { "U3-low-calcium", "tingling around my lips and my fingers are cramping" },
        { "U4-dystonic-reaction", "took metoclopramide and my neck is pulling to the side, breathing fine" },
        { "U5-serotonin-mild", "started sertraline yesterday and now I'm twitchy and sweating" },
        { "U6-dvt", "my left calf is cramping and it is swollen and red" },
        { "U7-rapid-weakness", "over the last 2 days my legs are getting weaker" },
        { "S1-twitch-over-two-weeks", "my arm has twitched for 5 weeks" },
        { "S2-several-places", "twitching all over my body" },
        { "S3-weakness", "my hand twitches and I keep dropping things" },
        { "S4-wasting", "the muscle in my hand is wasting" },
        { "S5-troublesome-cramps", "leg cramps wake me up every night" },
        { "S6-cramps-not-settling", "cramps and stretching isn't helping" },
        { "S7-medicine", "since starting a statin I get cramps" },
        { "S8-eyelid-over-two-weeks", "my eyelid has twitched for a month" },
        { "S8-eyelid-features", "my eyelid twitches and the eye closes completely" },
        { "S9-blepharospasm-hemifacial-dystonia", "both my eyes keep clamping shut" },
        { "S10-tremor-worse", "my hands shake and it is getting worse" },
        { "S11-numbness", "twitching with pins and needles in my feet" },
        { "S12-claudication", "calf pain when I walk that goes away when I rest" },
        { "C1-trigger-twitch", "my thigh twitches since yesterday, very stressed" },
        { "C2-eyelid-myokymia", "my eyelid twitches" },
        { "C3-occasional-cramp", "I had a cramp in my foot last night" },
        { "C4-pregnancy-cramps", "pregnant and getting leg cramps" },
        { "C5-hypnic-jerks", "my body jerks as I'm falling asleep" },
        { "C6-slight-tremor", "my hands shake a little" },
        { "C7-exercise", "calves twitching after the gym" },
    };

    [Theory]
    [MemberData(nameof(RuleExamples))]
    public void RuleFiresOnAMessageDescribingItsRow(string ruleId, string message)
    {
        var (decision, _) = TriageHarness.Run(message);

        Assert.Contains(ruleId, decision.RuleIds);
    }
}
