using BotService.Triage.Tests.Support;

namespace BotService.Triage.Tests;

/// <summary>
/// The net under the lexicon: a body system named in words the reader does not know puts its warning signs first at
/// the next question, and only then (said, denied, said to be well or asked about in general, it does not).
/// </summary>
public sealed class UnreadMentionTests
{
    [Theory]
    [InlineData("my calf keeps cramping and there is something going on in my chest", "chest-pain,palpitations")]
    [InlineData("my thigh twitches and my throat is doing something strange", "breathing-trouble,throat-tightness,swallowing-trouble")]
    [InlineData("calf cramps and his pee looks funny", "dark-urine,little-urine")]
    [InlineData("my arm twitches and my smile is not quite right", "face-droop,speech-trouble")]
    [InlineData("my face is not drooping but my mouth feels odd", "speech-trouble")]
    public void ASystemNamedInUnknownWordsPutsItsWarningSignsFirst(string message, string signs)
    {
        var (_, findings) = TriageHarness.Run(message);

        Assert.Equal(signs.Split(','), findings.AskFirst);
    }

    [Theory]
    [InlineData("crushing pain in my chest and my calf cramps")]
    [InlineData("calf cramping, no chest pain")]
    [InlineData("can chest problems cause twitching?")]
    [InlineData("my calf twitches after coffee")]
    [InlineData("eyelid twitching for a week, my face looks normal")]
    [InlineData("my eyelid twitch has spread to my cheek and the corner of my mouth")]
    [InlineData("nothing wrong with my breathing or swallowing, eyelid twitch for 3 days")]
    [InlineData("no problems with my chest, just a twitchy calf")]
    public void NothingIsPutFirstWhenTheSystemsSignWasReadDeniedOrOnlyAskedAbout(string message)
    {
        var (_, findings) = TriageHarness.Run(message);

        Assert.Empty(findings.AskFirst);
    }

    [Fact]
    public void ASystemNamedInUnknownWordsChangesNoLevel()
    {
        var (withMention, _) = TriageHarness.Run("my calf keeps cramping and there is something going on in my chest");
        var (without, _) = TriageHarness.Run("my calf keeps cramping");

        Assert.Equal(without.Level, withMention.Level);
    }
}
