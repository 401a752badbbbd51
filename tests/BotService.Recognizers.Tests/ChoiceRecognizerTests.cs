namespace BotService.Recognizers.Tests;

public sealed class ChoiceRecognizerTests
{
    private static readonly ChoiceOption[] BodyParts =
    [
        new("eyelid", ["eye", "eye lid"]),
        new("left leg"),
        new("right leg"),
        new("head", ["face"]),
    ];

    private static readonly ChoiceOption[] Legs = [new("left leg"), new("right leg"), new("head")];

    [Theory]
    [InlineData("my eyelid", "eyelid", 1.0)]
    [InlineData("it's my left leg that hurts", "left leg", 1.0)]
    [InlineData("Right Leg", "right leg", 1.0)]
    [InlineData("my face", "head", 1.0)]
    public void MatchesValuesAndSynonymsExactly(string utterance, string value, double score)
    {
        var found = Assert.Single(ChoiceRecognizer.RecognizeChoices(utterance, BodyParts)).Resolution;

        Assert.Equal(value, found.Value);
        Assert.Equal(score, found.Score, 3);
    }

    [Fact]
    public void ScoresExtraWordsInsideAValueLower()
    {
        var found = Assert.Single(ChoiceRecognizer.RecognizeChoices("left lower leg", Legs)).Resolution;

        Assert.Equal("left leg", found.Value);
        Assert.Equal(2.0 / 3, found.Score, 3);
    }

    [Theory]
    [InlineData("my eylid", "eyelid")]
    [InlineData("rihgt leg", "right leg")]
    [InlineData("the left one", "left leg")]
    [InlineData("my legt leg", "left leg")]
    public void ToleratesTyposAndPartialWords(string utterance, string value)
    {
        Assert.Equal(value, Assert.Single(ChoiceRecognizer.RecognizeChoices(utterance, Legs.Append(new("eyelid")).ToArray())).Resolution.Value);
    }

    [Fact]
    public void JoinsAWordTypedInTwo()
    {
        Assert.Equal("eyelid", Assert.Single(ChoiceRecognizer.RecognizeChoices("my eye lid twitches", [new("eyelid"), new("calf")])).Resolution.Value);
    }

    [Theory]
    [InlineData("the second one", 1)]
    [InlineData("2nd", 1)]
    [InlineData("2", 1)]
    [InlineData("one", 0)]
    [InlineData("the last one", 2)]
    public void FallsBackToPositionWhenNoTextMatches(string utterance, int index)
    {
        var result = Assert.Single(ChoiceRecognizer.RecognizeChoices(utterance, Legs));

        Assert.Equal(index, result.Resolution.Index);
        Assert.Equal(Legs[index].Value, result.Resolution.Value);
    }

    [Theory]
    [InlineData("leg")]
    [InlineData("both legs")]
    [InlineData("the red one")]
    [InlineData("7")]
    [InlineData("")]
    public void ReturnsNothingForAnAmbiguousOrUnrelatedReply(string utterance)
    {
        Assert.Empty(ChoiceRecognizer.RecognizeChoices(utterance, Legs));
    }

    [Fact]
    public void GivesResultsInTheRecognizersTextShape()
    {
        var result = Assert.Single(ChoiceRecognizer.RecognizeChoices("I think my Left Leg", Legs));

        Assert.Equal("Left Leg", result.Text);
        Assert.Equal(11, result.Start);
        Assert.Equal(18, result.End);
        Assert.Equal("choice", result.TypeName);
        Assert.Equal("left leg", result.Resolution.Synonym);
    }
}
