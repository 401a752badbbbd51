namespace BotService.Recognizers.Tests;

public sealed class NumberRecognizerTests
{
    [Theory]
    [InlineData("three", "3", "integer")]
    [InlineData("a dozen", "12", "integer")]
    [InlineData("half a dozen", "6", "integer")]
    [InlineData("one and a half", "1.5", "fraction")]
    [InlineData("three hundred and thirty one", "331", "integer")]
    [InlineData("1,234,567", "1234567", "integer")]
    [InlineData("2 million", "2000000", "integer")]
    [InlineData("⅔", "0.666666666666667", "fraction")]
    public void ReadsNumbersInWordsAndDigits(string text, string value, string subtype)
    {
        var result = Assert.Single(NumberRecognizer.RecognizeNumber(text, Culture.English));

        Assert.Equal(value, result.Resolution["value"]);
        Assert.Equal(subtype, result.Resolution["subtype"]);
    }

    [Theory]
    [InlineData("a couple")]
    [InlineData("a few")]
    [InlineData("several")]
    [InlineData("both")]
    [InlineData("the left one")]
    [InlineData("the 180ml bottle")]
    public void FindsNoNumberInVagueOrPronounUses(string text)
    {
        Assert.Empty(NumberRecognizer.RecognizeNumber(text, Culture.English));
    }

    [Theory]
    [InlineData("2-3", "[2,3)")]
    [InlineData("at least 5", "[5,)")]
    [InlineData("up to 700", "(,700]")]
    [InlineData("between 20 and 30", "[20,30)")]
    public void ReadsNumberRangesInIntervalNotation(string text, string interval)
    {
        Assert.Equal(interval, Assert.Single(NumberRecognizer.RecognizeNumberRange(text, Culture.English)).Resolution["value"]);
    }

    [Theory]
    [InlineData("the second one", "2")]
    [InlineData("2nd", "2")]
    [InlineData("twenty-first", "21")]
    public void ReadsOrdinals(string text, string value)
    {
        Assert.Equal(value, Assert.Single(NumberRecognizer.RecognizeOrdinal(text, Culture.English)).Resolution["value"]);
    }

    [Theory]
    [InlineData("I'm 87 years old", "87", "Year")]
    [InlineData("87 yo man", "87", "Year")]
    public void ReadsAges(string text, string value, string unit)
    {
        var result = Assert.Single(NumberWithUnitRecognizer.RecognizeAge(text, Culture.English));

        Assert.Equal(value, result.Resolution["value"]);
        Assert.Equal(unit, result.Resolution["unit"]);
    }

    [Theory]
    [InlineData("my temperature is 38.5 celsius", "38.5", "C")]
    [InlineData("fever of 101 degrees f", "101", "F")]
    [InlineData("it was 39°C", "39", "C")]
    public void ReadsFeverTemperatures(string text, string value, string unit)
    {
        var result = Assert.Single(NumberWithUnitRecognizer.RecognizeTemperature(text, Culture.English));

        Assert.Equal(value, result.Resolution["value"]);
        Assert.Equal(unit, result.Resolution["unit"]);
    }
}
