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
    };

    [Theory]
    [MemberData(nameof(DeniedInAList))]
    public void KeepsEachItemOfANegatedListDenied(string text, string finding)
    {
        var turn = Extractor.Read(text, TriageHarness.Reference);

        Assert.DoesNotContain(turn.Present, p => p.Name == finding);
        Assert.Contains(finding, turn.Denied);
    }

    [Fact]
    public void AFaceThatMovesNormallyIsNotTwitchingToo()
    {
        var turn = Extractor.Read("my eyelid twitches, my face moves normally", TriageHarness.Reference);

        Assert.DoesNotContain(turn.Present, p => p.Name == DerivedFindings.FaceSpread);
    }
}
