using static BotService.Recognizers.Tests.TestReference;

namespace BotService.Recognizers.Tests;

/// <summary>How people answer "how long has it been going on?" (recognizers.md §10 and the way people type).</summary>
public sealed class DurationTableTests
{
    [Theory]
    [InlineData("3 wks", "3 wks", "P3W", "1814400", null)]
    [InlineData("few days", "few days", "P3D", "259200", null)]
    [InlineData("couple months", "couple months", "P2M", "5184000", null)]
    [InlineData("a couple of days", "a couple of days", "P2D", "172800", null)]
    [InlineData("a fortnight", "a fortnight", "P2W", "1209600", null)]
    [InlineData("half an hour", "half an hour", "PT0.5H", "1800", null)]
    [InlineData("a week and a half", "a week and a half", "P1.5W", "907200", null)]
    [InlineData("I have had a headache for 10 days", "10 days", "P10D", "864000", null)]
    [InlineData("it's been a week", "a week", "P1W", "604800", null)]
    [InlineData("for about 3 weeks", "about 3 weeks", "P3W", "1814400", "approx")]
    [InlineData("around 3 days", "around 3 days", "P3D", "259200", "approx")]
    [InlineData("10 days or so", "10 days or so", "P10D", "864000", "approx")]
    [InlineData("over a month", "over a month", "P1M", "2592000", "more")]
    [InlineData("it's been going on for over a month", "over a month", "P1M", "2592000", "more")]
    [InlineData("less than a week", "less than a week", "P1W", "604800", "less")]
    [InlineData("nearly 2 weeks", "nearly 2 weeks", "P2W", "1209600", "less")]
    [InlineData("on and off for months", "on and off for months", "P2M", "5184000", "approx")]
    [InlineData("it has been twitching on and off for 3 weeks", "on and off for 3 weeks", "P3W", "1814400", "approx")]
    [InlineData("for weeks now", "weeks", "P2W", "1209600", "approx")]
    [InlineData("since 2 days", "since 2 days", "P2D", "172800", "since")]
    public void ReadsADurationWithItsHedge(string query, string text, string timex, string seconds, string? mod)
    {
        var result = Assert.Single(DateTimeRecognizer.RecognizeDateTime(query, Culture.English, Saturday));
        var values = OnlyValues(result);

        Assert.Equal(text, result.Text);
        Assert.Equal("datetimeV2.duration", result.TypeName);
        Assert.Equal(timex, values["timex"]);
        Assert.Equal(seconds, values["value"]);
        Assert.Equal(mod, values.GetValueOrDefault("Mod"));
        Assert.Equal(query.IndexOf(text, StringComparison.OrdinalIgnoreCase), result.Start);
        Assert.Equal(result.Start + text.Length - 1, result.End);
    }

    [Theory]
    [InlineData("2-3 weeks", "P2W", "P3W", "1814400")]
    [InlineData("2-3 wks", "P2W", "P3W", "1814400")]
    [InlineData("2 or 3 days", "P2D", "P3D", "259200")]
    [InlineData("three to four days", "P3D", "P4D", "345600")]
    [InlineData("between 2 and 3 weeks", "P2W", "P3W", "1814400")]
    [InlineData("a week or two", "P1W", "P2W", "1209600")]
    public void KeepsBothEndsOfADurationRange(string query, string timex, string maxTimex, string maxSeconds)
    {
        var result = Assert.Single(DateTimeRecognizer.RecognizeDateTime(query, Culture.English, Saturday));
        var values = OnlyValues(result);

        Assert.Equal(query, result.Text);
        Assert.Equal(timex, values["timex"]);
        Assert.Equal(maxTimex, values["maxTimex"]);
        Assert.Equal(maxSeconds, values["maxValue"]);
    }

    [Theory]
    [InlineData("he is 45 years old")]
    [InlineData("a 5-year-old child")]
    [InlineData("for a while")]
    [InlineData("my left eye")]
    [InlineData("Have a great week!")]
    [InlineData("let's try a second time")]
    [InlineData("I drink 4 cups of coffee a day")]
    public void FindsNoDurationWhereThereIsNone(string query)
    {
        Assert.DoesNotContain(DateTimeRecognizer.RecognizeDateTime(query, Culture.English, Saturday), r => r.TypeName == "datetimeV2.duration");
    }

    [Theory]
    [InlineData("twice a day", "P1D", "2")]
    [InlineData("3 times a week", "P1W", "3")]
    [InlineData("2x a day", "P1D", "2")]
    [InlineData("every night", "TNI", null)]
    [InlineData("every other day", "P2D", null)]
    [InlineData("once a week", "P1W", null)]
    [InlineData("every couple of days", "P2D", null)]
    public void ReadsFrequenciesAsSets(string query, string timex, string? count)
    {
        var result = Assert.Single(DateTimeRecognizer.RecognizeDateTime(query, Culture.English, Saturday));
        var values = OnlyValues(result);

        Assert.Equal("datetimeV2.set", result.TypeName);
        Assert.Equal(query, result.Text);
        Assert.Equal(timex, values["timex"]);
        Assert.Equal(count, values.GetValueOrDefault("count"));
    }
}
