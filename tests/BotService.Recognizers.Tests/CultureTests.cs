namespace BotService.Recognizers.Tests;

public sealed class CultureTests
{
    [Theory]
    [InlineData("en-US")]
    [InlineData("en-us")]
    [InlineData("en-GB")]
    [InlineData("en")]
    [InlineData("EN_au")]
    public void TreatsEveryEnglishTagAsEnglish(string culture)
    {
        Assert.True(Culture.IsSupported(culture));
        Assert.Single(NumberRecognizer.RecognizeNumber("three", culture));
    }

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("de")]
    [InlineData("english")]
    public void RefusesOtherCulturesWithAClearMessage(string culture)
    {
        Assert.False(Culture.IsSupported(culture));
        var error = Assert.Throws<UnsupportedCultureException>(() => DateTimeRecognizer.RecognizeDateTime("3 days", culture, TestReference.Saturday));

        Assert.Contains(culture, error.Message, StringComparison.Ordinal);
        Assert.Contains("en-us", error.Message, StringComparison.Ordinal);
        Assert.Throws<UnsupportedCultureException>(() => BooleanRecognizer.RecognizeBoolean("yes", culture));
        Assert.Throws<UnsupportedCultureException>(() => ChoiceRecognizer.RecognizeChoices("left", [new ChoiceOption("left")], culture));
    }
}
