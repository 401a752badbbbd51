using BotService.Triage.Extraction;
using BotService.Triage.Tests.Support;

namespace BotService.Triage.Tests;

/// <summary>Negation, hypotheticals, worries and other people's history must not become the person's symptoms.</summary>
public sealed class NegationTests
{
    private static readonly FindingExtractor Extractor = new();

    public static TheoryData<string, string> NotPresent() => new()
    {
        { "no chest pain, just my eyelid", "chest-pain" },
        { "I can still walk fine", "weakness" },
        { "i do NOT have any weakness or numbness and no chest pain", "numbness" },
        { "i do NOT have any weakness or numbness and no chest pain", "chest-pain" },
        { "not weak at all, my bicep just twitches", "weakness" },
        { "worried it might be ALS", "weakness" },
        { "what if it's MS and I lose my balance?", "weakness" },
        { "my dad had weakness from a stroke years ago", "weakness" },
        { "does twitching cause weakness?", "weakness" },
        { "scared its a seizure", "seizure" },
        { "no fever, thinking clearly", "fever" },
        { "breathing is fine and swallowing is normal", "breathing-trouble" },
        { "breathing is fine and swallowing is normal", "swallowing-trouble" },
        { "pee looks normal", "dark-urine" },
        { "the lid does not close", "eyelid-closes" },
        { "I cut down on coffee", "wound" },
        { "tetanus is my biggest fear", "wound" },
        { "its not drooping at all", "face-droop" },
        { "i havent hit my head", "head-injury" },
        { "neither weakness nor numbness", "weakness" },
        { "my eye is twitching for a weak now", "weakness" },
    };

    [Theory]
    [MemberData(nameof(NotPresent))]
    public void DoesNotTakeANegatedOrHypotheticalMentionAsAFinding(string text, string finding)
    {
        var turn = Extractor.Read(text, TriageHarness.Reference);

        Assert.DoesNotContain(turn.Present, p => p.Name == finding);
    }

    public static TheoryData<string, string> Denied() => new()
    {
        { "no chest pain", "chest-pain" },
        { "I can still lift things fine", "weakness" },
        { "no weakness, numbness or pain", "numbness" },
        { "breathing fine", "breathing-trouble" },
        { "eye not red", "eye-red" },
        { "no new medicines", "medicine-new" },
        { "no wound", "wound" },
    };

    [Theory]
    [MemberData(nameof(Denied))]
    public void RecordsAnExplicitDenialSoALaterTurnCanRemoveTheFinding(string text, string finding)
    {
        var turn = Extractor.Read(text, TriageHarness.Reference);

        Assert.Contains(finding, turn.Denied);
    }

    public static TheoryData<string, string> Present() => new()
    {
        { "my eye lid keeps twitching", "twitching" },
        { "charlie horse in my calf", "cramp" },
        { "i cant breath properly", "breathing-trouble" },
        { "fingers are all tingly", "numbness" },
        { "pins and needles in my feet", "numbness" },
        { "worried because my hand feels weak", "weakness" },
        { "no fever but my neck is twisting after the metoclopramide", "dystonia" },
        { "I think its just a muscle spasm in my chest", "chest-pain" },
        { "my mother have very strong pain in chest", "chest-pain" },
        { "my son had a fit", "seizure" },
        { "pee like coke", "dark-urine" },
    };

    [Theory]
    [MemberData(nameof(Present))]
    public void ReadsTyposSlangAndThirdPersonReportsAsFindings(string text, string finding)
    {
        var turn = Extractor.Read(text, TriageHarness.Reference);

        Assert.Contains(turn.Present, p => p.Name == finding);
    }

    [Fact]
    public void CountsTheWorryItselfAsStressWithoutMakingItASymptom()
    {
        var turn = Extractor.Read("worried it might be ALS", TriageHarness.Reference);

        Assert.Contains(turn.Present, p => p.Name == "stress");
        Assert.Contains(turn.Present, p => p.Name == "worry-serious-illness");
        Assert.DoesNotContain(turn.Present, p => p.Kind == Findings.FindingKind.Symptom);
    }
}
