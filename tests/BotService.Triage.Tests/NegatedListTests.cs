using BotService.Triage.Extraction;
using BotService.Triage.Tests.Support;

namespace BotService.Triage.Tests;

/// <summary>
/// A short piece after a negated one continues its list ("no weakness, numbness or pain") only when the piece before
/// denied something and no contrast word comes between: an uncertain or unrelated opening must never deny the sign
/// that follows it.
/// </summary>
public sealed class NegatedListTests
{
    private static readonly FindingExtractor Extractor = new();

    public static TheoryData<string, string> SaidAfterAnOpeningThatDeniesNothing() => new()
    {
        { "not sure how long, face drooping", "face-droop" },
        { "no idea why, slurred speech", "speech-trouble" },
        { "never had this before, chest pain", "chest-pain" },
        { "not sure whats happening, weak arm", "weakness" },
        { "dont know what it is, chest pain", "chest-pain" },
        { "not long ago, face drooping", "face-droop" },
        { "no fever but chest pain", "chest-pain" },
        { "no fever though weak arm", "weakness" },
        { "not sure if related but chest pain", "chest-pain" },
        { "didnt think much of it when i stepped on a rusty nail, now my jaw is stiff", "wound" },
        { "not even doing anything, sudden numbness down the whole left side of my body", "one-sided-weakness" },
        { "no muscle pain before. chest tight. left arm heavy. sweating.", "chest-pain" },
        { "no headache no vomit, he suddenly dont understand what i say and very confused", "confusion" },
        { "cut my hand gardening 10 days ago, no fever, now jaw clenched shut", "jaw-stiffness" },
    };

    [Theory]
    [MemberData(nameof(SaidAfterAnOpeningThatDeniesNothing))]
    public void ReadsTheSignAfterAnOpeningThatDeniesNothing(string text, string finding)
    {
        var turn = Extractor.Read(text, TriageHarness.Reference);

        Assert.Contains(turn.Present, p => p.Name == finding);
        Assert.DoesNotContain(finding, turn.Denied);
    }

    public static TheoryData<string, string> DeniedInAList() => new()
    {
        { "no weakness, numbness or pain", "numbness" },
        { "no weakness, numbness, pain", "pain" },
        { "no weakness nor numbness, pain", "pain" },
        { "dont have chest pain, numbness or weakness", "weakness" },
        { "havent had chest pain, numbness or weakness", "numbness" },
        { "No weakness. Numbness none. Speech fine.", "numbness" },
        { "legs twitch at night, havent got any chest pain, shortness of breath nor confusion", "breathing-trouble" },
    };

    [Theory]
    [MemberData(nameof(DeniedInAList))]
    public void KeepsEachItemOfANegatedListDenied(string text, string finding)
    {
        var turn = Extractor.Read(text, TriageHarness.Reference);

        Assert.DoesNotContain(turn.Present, p => p.Name == finding);
        Assert.Contains(finding, turn.Denied);
    }

    public static TheoryData<string, string> DeniedInAChecklist() => new()
    {
        { "eyelid twitch 2 days. fever - no. chest pain - no. weakness - no. speech fine.", "chest-pain" },
        { "eyelid twitch 2 days. fever - no. chest pain - no. weakness - no. speech fine.", "weakness" },
        { "checklist: face droop - no. arm weakness - no.", "face-droop" },
        { "twitch under eye. fever - neg. chest pain - neg.", "fever" },
        { "nil fever. nil chest pain. eye twitch only.", "chest-pain" },
        { "Mum 79. leg cramps. denies chest pain, SOB, facial droop, slurred speech, confusion.", "speech-trouble" },
    };

    [Theory]
    [MemberData(nameof(DeniedInAChecklist))]
    public void ReadsAChecklistAnswerAfterItsItem(string text, string finding)
    {
        var turn = Extractor.Read(text, TriageHarness.Reference);

        Assert.DoesNotContain(turn.Present, p => p.Name == finding);
        Assert.Contains(finding, turn.Denied);
    }

    public static TheoryData<string, string> SaidInAChecklist() => new()
    {
        { "fever 39. neck - very stiff, cant touch chin to chest.", "neck-stiffness" },
        { "twitching face. lips - blue. breathing - laboured.", "breathing-trouble" },
        { "Checklist: fever - no. stiff neck - no. one sided weakness - YES L leg dragging", "one-sided-weakness" },
        { "fever - no / neck stiff - no / chest tightness - YES, 20 mins now", "chest-pain" },
        { "pt post-op day 3. twitching. lips cyanosed.", "breathing-trouble" },
        { "no fever - my face droops on one side", "face-droop" },
    };

    [Theory]
    [MemberData(nameof(SaidInAChecklist))]
    public void ReadsASignGivenAsAChecklistAnswer(string text, string finding)
    {
        var turn = Extractor.Read(text, TriageHarness.Reference);

        Assert.Contains(turn.Present, p => p.Name == finding);
    }

    [Fact]
    public void APlaceNamedOnlyToRuleSomethingOutIsNotWhereTheTwitchIs()
    {
        var turn = Extractor.Read("baby leg twitches in sleep, no fever, neck not stiff, wakes and feeds fine", TriageHarness.Reference);

        Assert.Equal("leg", turn.Location);
    }

    [Theory]
    [InlineData("my eyelid twitches, my face moves normally")]
    [InlineData("Breathing: normal. Speech: normal. Face: symmetrical. Twitch: left eyelid")]
    public void AFaceSaidToBeWellIsNotTwitchingToo(string text)
    {
        var turn = Extractor.Read(text, TriageHarness.Reference);

        Assert.DoesNotContain(turn.Present, p => p.Name == DerivedFindings.FaceSpread);
    }
}
