using System.Text.Json;
using BotService.Triage.Findings;
using BotService.Triage.Tests.Support;

namespace BotService.Triage.Tests;

/// <summary>
/// The cheap paths the conversation uses several times a turn give the same answers as a full evaluation:
/// "what level if they also had X" for every button, a copy of the findings, and reasons worked out later.
/// </summary>
public sealed class WhatIfEvaluationTests
{
    [Fact]
    public void LevelWithAFindingEqualsEvaluatingACopyWithThatFindingAddedForEveryCaseAndFinding()
    {
        var names = TriageEngine.Lexicon.Definitions.Values.ToList();
        var compared = 0;
        foreach (var triageCase in TriageCase.Load("cases.json").Concat(TriageCase.Load("vignettes.json")))
        {
            var (_, findings) = TriageHarness.Run(triageCase.Turns);
            var before = JsonSerializer.Serialize(findings);
            // All at once from one snapshot: each supposition must be undone before the next.
            var levels = TriageHarness.Engine.LevelsWith(findings, names.ConvertAll(d => d.Name));
            for (var i = 0; i < names.Count; i++)
            {
                var copy = findings.Copy();
                copy.Add(names[i].Name, names[i].Kind);
                var expected = TriageHarness.Engine.Evaluate(copy).Level;

                Assert.True(expected == levels[i], $"{triageCase.Id} + {names[i].Name}");
                Assert.True(expected == TriageHarness.Engine.LevelWith(findings, names[i].Name), $"{triageCase.Id} + {names[i].Name} alone");
                compared++;
            }

            Assert.Equal(before, JsonSerializer.Serialize(findings));
        }

        Assert.True(compared > 10_000, $"only {compared} comparisons");
    }

    [Fact]
    public void ACopyOfTheFindingsHasEveryValueAndSharesNoList()
    {
        var (_, findings) = TriageHarness.Run("my left thumb has been twitching for about 3 weeks, I'm 52, no numbness, my hand feels weak", "stress at work");
        findings.MarkAnswered(TriageSlot.Symptoms);

        var copy = findings.Copy();
        Assert.Equal(JsonSerializer.Serialize(findings), JsonSerializer.Serialize(copy));

        copy.Add("chest-pain", FindingKind.Symptom);
        copy.Deny("stress");
        copy.Sites["weakness"] = "foot";
        copy.MarkAnswered(TriageSlot.Context);
        Assert.False(findings.Has("chest-pain"));
        Assert.False(findings.IsDenied("stress"));
        Assert.NotEqual("foot", findings.Sites.GetValueOrDefault("weakness"));
        Assert.False(findings.IsAnswered(TriageSlot.Context));
    }

    [Fact]
    public void ReasonsDescribeTheFindingsAsTheyWereWhenEvaluatedEvenIfTheyChangeLater()
    {
        var (_, findings) = TriageHarness.Run("my calf has been twitching for 5 weeks");
        var decision = TriageHarness.Engine.Evaluate(findings);

        findings.Location = "thigh";
        findings.DurationSeconds = TimeSpan.FromDays(7 * 9).TotalSeconds;
        findings.Add("chest-pain", FindingKind.Symptom);

        var reasons = string.Join(" / ", decision.Reasons.Select(r => r.Text));
        Assert.Contains("calf", reasons, StringComparison.Ordinal);
        Assert.Contains("5 weeks", reasons, StringComparison.Ordinal);
        Assert.DoesNotContain("thigh", reasons, StringComparison.Ordinal);
        Assert.Equal(TriageLevel.Emergency, TriageHarness.Engine.Evaluate(findings).Level);
        Assert.NotEqual(TriageLevel.Emergency, decision.Level);
    }
}
