using BotService.Triage.Tests.Support;

namespace BotService.Triage.Tests;

/// <summary>
/// The twelfth blind batch: the person's own symptom put as a question or a worry ("is a stiff neck normal after a
/// dog bite?", "can a twitchy eye make your face go lopsided? mine went lopsided an hour ago"), and true hypotheticals
/// that must not be read as said ("when should I worry, like if my face drooped?").
/// </summary>
public sealed class OwnSymptomAsQuestionTests
{
    [Theory]
    [InlineData("is a stiff neck and back spasms normal after a dog bite? the bite was 12 days ago and now my back keeps arching in really painful spasms")]
    [InlineData("asking for myself: can a twitchy eye make your face go lopsided? mine went lopsided about an hour ago and my tea dribbled out the corner of my mouth")]
    [InlineData("I read that words coming out jumbled can mean a stroke. mine have been coming out muddled for the last half hour. should I worry?")]
    [InlineData("if it's still like this tomorrow should I see someone? it's my whole left side that's gone numb, arm and leg")]
    [InlineData("is it normal to wake up on the kitchen floor with a bitten tongue? my right arm had been jerking just before")]
    [InlineData("I read that chest spasms are usually a pulled muscle. mine is a pressing feeling behind my breastbone and my left arm aches")]
    [InlineData("is it normal that my left arm went weak suddenly? my leg is fine")]
    [InlineData("how do i tell my doctor that my face drooped this morning?")]
    [InlineData("like if i look in the mirror my face is drooping on one side")]
    public void AnOwnSymptomPutAsAQuestionIsAnEmergency(string message)
    {
        var (decision, _) = TriageHarness.Run(message);

        Assert.Equal(TriageLevel.Emergency, decision.Level);
    }

    [Theory]
    [InlineData("when should I worry about a twitch, like if my face drooped? mine's just in my thumb since Tuesday. my face is totally normal")]
    [InlineData("how would I know if my night jerks were actually a seizure? it's just the single jolt when I'm nodding off")]
    [InlineData("is dark urine after exercise dangerous? mine is normal, just asking. my quads are twitching a bit")]
    [InlineData("is confusion normal after a seizure? asking for a first aid course. my eyelid twitches")]
    [InlineData("are seizures common with als? my calf has been twitching for 3 weeks")]
    [InlineData("my mum had a stroke years ago, what are the signs? I just have an eyelid twitch. face, arms and speech are all normal")]
    public void ATrueHypotheticalIsNotRead(string message)
    {
        var (decision, _) = TriageHarness.Run(message);

        Assert.True(decision.Level <= TriageLevel.Soon, decision.Level.ToString());
    }

    [Fact]
    public void AWorrysPlaceIsNotWhereTheProblemIs()
    {
        var (_, findings) = TriageHarness.Run("when should I worry, like if my face drooped? mine is just in my thumb");

        Assert.Equal("thumb", findings.Location);
    }

    [Fact]
    public void RightNowSaysWhenNotHowSuddenly()
    {
        var (_, findings) = TriageHarness.Run("my thumb twitches, work is very stressful right now");

        Assert.DoesNotContain("onset-sudden", findings.Symptoms);
    }
}
