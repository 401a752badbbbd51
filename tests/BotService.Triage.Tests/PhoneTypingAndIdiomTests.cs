using BotService.Triage.Tests.Support;

namespace BotService.Triage.Tests;

/// <summary>
/// The eleventh blind batch: phone typing that drops letters, a red flag said in passing inside a long message, and
/// alarming words used as idioms.
/// </summary>
public sealed class PhoneTypingAndIdiomTests
{
    [Theory]
    [InlineData("chest feels rly tite rn like someones squeezin it n my arm keeps twitchin", "chest-pain")]
    [InlineData("my bf is on the floor jerkin all over n wont anser me wat do i do", "seizure")]
    [InlineData("leg cramps evry nite wakin me up 3 4 times", "sleep-disturbed")]
    [InlineData("calf cramps up wen i walk to the shops, stop n it goes aftr a min or 2", "claudication")]
    public void PhoneTypingIsReadLikeTheWordsItStandsFor(string message, string finding)
    {
        var (_, findings) = TriageHarness.Run(message);

        Assert.Contains(finding, findings.Symptoms);
    }

    [Theory]
    [InlineData("my GP surgery wont answer me and my leg keeps twitching")]
    [InlineData("my knee hurts when i walk and my calf twitches")]
    public void SimilarWordsInAnotherSenseAreNotRead(string message)
    {
        var (_, findings) = TriageHarness.Run(message);

        Assert.DoesNotContain("seizure", findings.Symptoms);
        Assert.DoesNotContain("claudication", findings.Symptoms);
    }

    [Theory]
    [InlineData("twitch in my right calf for about 10 days. the only other thing was that at breakfast the words wouldn't come out right for a few minutes, but that's sorted now")]
    [InlineData("my eye has twitched for 3 weeks. this morning my face went numb and my words wouldn't come out for 10 minutes")]
    [InlineData("my eye has twitched for 3 weeks. my words came out wrong for 10 minutes while drinking my coffee this morning")]
    public void TroubleSpeakingTimedInItsOwnClauseIsAnEmergencyWhateverTheTwitchsWeeks(string message)
    {
        var (decision, findings) = TriageHarness.Run(message);

        Assert.Contains("speech-trouble", findings.Symptoms);
        Assert.Equal(TriageLevel.Emergency, decision.Level);
    }

    [Theory]
    [InlineData("my speech has been getting slurred over the last few weeks and my tongue twitches")]
    [InlineData("My eyelid has been twitching for 3 weeks. I had a filling this morning and my speech was slurred for a couple of hours from the numbing.")]
    [InlineData("Twitchy eyelid for 3 weeks. I slur my words for a few seconds when Im really tired, always have")]
    public void SpeechThatHasBeenChangingForWeeksOrHasACauseIsNotReadAsSudden(string message)
    {
        var (decision, _) = TriageHarness.Run(message);

        Assert.NotEqual(TriageLevel.Emergency, decision.Level);
    }

    [Theory]
    [InlineData("He did bang his head at rugby on Saturday and was a bit dazed, and he's been sick twice today and sleeping loads, his eyelids twitch")]
    [InlineData("He's also a bit muddled today, keeps asking me the same question about what day it is, and his legs cramp")]
    [InlineData("my calf has been crampy since, probably the seat. It's a bit swollen compared with the right and looks a bit purplish")]
    [InlineData("cramps in his legs, I feel OK apart from sore quads and brownish urine")]
    public void ARedFlagSaidInPassingStillRaisesTheAdvice(string message)
    {
        var (decision, _) = TriageHarness.Run(message);

        Assert.True(decision.Level >= TriageLevel.Urgent, decision.Level.ToString());
    }

    [Theory]
    [InlineData("I was weak with laughter at a comedy show last night and this morning my stomach muscles keep twitching", "weakness")]
    [InlineData("Got a dead leg from rugby yesterday, my thigh's bruised and keeps twitching", "weakness")]
    [InlineData("eyelid's been going all week, heart racing through the penalty shootout and far too many energy drinks", "palpitations")]
    [InlineData("My eyelid has been twitching for 3 weeks and the GP wont see me, I could bang my head against a wall", "head-injury")]
    [InlineData("My husband keeps asking me the same thing, whether my twitching is serious", "confusion")]
    public void AnIdiomIsNotASign(string message, string finding)
    {
        var (_, findings) = TriageHarness.Run(message);

        Assert.DoesNotContain(finding, findings.Symptoms.Concat(findings.Context));
    }

    [Theory]
    [InlineData("I woke up and had a dead arm for a few minutes, my hand twitches", "weakness")]
    [InlineData("my heart is racing and my calves cramp", "palpitations")]
    [InlineData("Suddenly got a dead arm about an hour ago, cant feel it properly", "weakness")]
    [InlineData("My heart was racing during the game and I had to come off, my calf was cramping", "palpitations")]
    public void TheSameWordsOutsideTheIdiomAreStillSigns(string message, string finding)
    {
        var (_, findings) = TriageHarness.Run(message);

        Assert.Contains(finding, findings.Symptoms);
    }
}
