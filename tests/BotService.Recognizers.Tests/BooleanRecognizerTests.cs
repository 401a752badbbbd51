namespace BotService.Recognizers.Tests;

public sealed class BooleanRecognizerTests
{
    [Theory]
    [InlineData("yeah", true, 1.0)]
    [InlineData("yep", true, 1.0)]
    [InlineData("sure", true, 1.0)]
    [InlineData("absolutely", true, 1.0)]
    [InlineData("correct", true, 1.0)]
    [InlineData("yes please", true, 0.7)]
    [InlineData("nope", false, 1.0)]
    [InlineData("nah", false, 1.0)]
    [InlineData("n", false, 1.0)]
    [InlineData("not really", false, 1.0)]
    [InlineData("no, not really", false, 0.8)]
    [InlineData("not at all", false, 1.0)]
    [InlineData("I don't think so", false, 1.0)]
    [InlineData("no thanks", false, 0.7)]
    [InlineData("that's not correct", false, 0.7)]
    [InlineData("👍🏽", true, 1.0)]
    public void ReadsHowPeopleSayYesAndNo(string text, bool value, double score)
    {
        var result = Assert.Single(BooleanRecognizer.RecognizeBoolean(text, Culture.English));

        Assert.Equal("boolean", result.TypeName);
        Assert.Equal(value, result.Resolution["value"]);
        Assert.Equal(score, (double)result.Resolution["score"]!, 10);
        Assert.Equal(text.Substring(result.Start, result.End - result.Start + 1), result.Text);
    }

    [Theory]
    [InlineData("I'm not sure")]
    [InlineData("no idea")]
    [InlineData("maybe")]
    [InlineData("my right leg")]
    [InlineData("")]
    public void GivesNoAnswerToAnUncertainOrUnrelatedReply(string text)
    {
        Assert.Empty(BooleanRecognizer.RecognizeBoolean(text, Culture.English));
    }
}
