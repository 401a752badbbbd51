using static BotService.Recognizers.Tests.TestReference;

namespace BotService.Recognizers.Tests;

/// <summary>Onsets and spans against Saturday 2026-11-21 (the recognizers.md §8 reference).</summary>
public sealed class OnsetTableTests
{
    [Theory]
    [InlineData("since last Monday", "since last monday", "2026-11-09", "2026-11-09", "datetimepoint")]
    [InlineData("my left leg has hurt since yesterday", "since yesterday", "2026-11-20", "2026-11-20", "datetimepoint")]
    [InlineData("since last week", "since last week", "2026-W46", "2026-11-09", "datetimerange")]
    [InlineData("since the weekend", "since the weekend", "2026-W46-WE", "2026-11-14", "datetimerange")]
    [InlineData("ever since Nov 2nd", "ever since nov 2nd", "XXXX-11-02", "2026-11-02", "datetimepoint")]
    [InlineData("since the summer", "since the summer", "XXXX-SU", "2026-06-01", "datetimerange")]
    [InlineData("since last winter", "since last winter", "2025-WI", "2025-12-01", "datetimerange")]
    [InlineData("since Christmas", "since christmas", "XXXX-12-25", "2025-12-25", "datetimepoint")]
    public void ReadsSinceAsAnOpenRangeFromItsStart(string query, string text, string timex, string start, string source)
    {
        var result = Assert.Single(DateTimeRecognizer.RecognizeDateTime(query, Culture.English, Saturday));
        var values = ((IReadOnlyList<IReadOnlyDictionary<string, string>>)result.Resolution["values"]!)[0];

        Assert.Equal("datetimeV2.daterange", result.TypeName);
        Assert.Equal(text, result.Text);
        Assert.Equal(timex, values["timex"]);
        Assert.Equal("since", values["Mod"]);
        Assert.Equal(start, values["start"]);
        Assert.Equal(source, values["sourceEntity"]);
    }

    [Theory]
    [InlineData("since Monday")]
    [InlineData("since mon")]
    public void GivesABareWeekdayItsPastAndFutureReadings(string query)
    {
        var result = Assert.Single(DateTimeRecognizer.RecognizeDateTime(query, Culture.English, Saturday));
        var values = (IReadOnlyList<IReadOnlyDictionary<string, string>>)result.Resolution["values"]!;

        Assert.Equal(["2026-11-16", "2026-11-23"], values.Select(v => v["start"]));
        Assert.All(values, v => Assert.Equal("XXXX-WXX-1", v["timex"]));
    }

    [Theory]
    [InlineData("it started two days ago", "two days ago", "2026-11-19")]
    [InlineData("a week ago", "a week ago", "2026-11-14")]
    [InlineData("yesterday", "yesterday", "2026-11-20")]
    [InlineData("last Monday", "last monday", "2026-11-09")]
    public void ReadsOnsetsAsDates(string query, string text, string date)
    {
        var result = Assert.Single(DateTimeRecognizer.RecognizeDateTime(query, Culture.English, Saturday));
        var values = OnlyValues(result);

        Assert.Equal("datetimeV2.date", result.TypeName);
        Assert.Equal(text, result.Text);
        Assert.Equal(date, values["value"]);
    }

    [Theory]
    [InlineData("my eyelid has been twitching for the past few days", "past few days", "(2026-11-18,2026-11-21,P3D)")]
    [InlineData("the past couple of weeks", "past couple of weeks", "(2026-11-07,2026-11-21,P2W)")]
    [InlineData("for the past 3 weeks", "past 3 weeks", "(2026-10-31,2026-11-21,P3W)")]
    public void ReadsPastSpansAsRangesEndingAtTheReference(string query, string text, string timex)
    {
        var result = Assert.Single(DateTimeRecognizer.RecognizeDateTime(query, Culture.English, Saturday));

        Assert.Equal("datetimeV2.daterange", result.TypeName);
        Assert.Equal(text, result.Text);
        Assert.Equal(timex, OnlyValues(result)["timex"]);
    }

    [Theory]
    [InlineData("started about 2 weeks ago", "about 2 weeks ago", "2026-11-07", "approx")]
    [InlineData("over a month ago", "over a month ago", "2026-10-21", "before")]
    [InlineData("less than a week ago", "less than a week ago", "2026-11-14", "after")]
    public void KeepsTheHedgeOfAnOnsetAsAMod(string query, string text, string date, string mod)
    {
        var result = Assert.Single(DateTimeRecognizer.RecognizeDateTime(query, Culture.English, Saturday));
        var values = OnlyValues(result);

        Assert.Equal(text, result.Text);
        Assert.Equal(date, values["value"]);
        Assert.Equal(mod, values["Mod"]);
    }

    [Theory]
    [InlineData("since last night", "2026-11-20TNI", "2026-11-20 20:00:00")]
    [InlineData("since yesterday afternoon", "2026-11-20TAF", "2026-11-20 12:00:00")]
    public void ReadsSinceAPartOfTheDay(string query, string timex, string start)
    {
        var result = Assert.Single(DateTimeRecognizer.RecognizeDateTime(query, Culture.English, Saturday));
        var values = OnlyValues(result);

        Assert.Equal("datetimeV2.datetimerange", result.TypeName);
        Assert.Equal(timex, values["timex"]);
        Assert.Equal(start, values["start"]);
        Assert.Equal("since", values["Mod"]);
    }

    [Fact]
    public void ReadsTheLastHoursAsADateTimeRange()
    {
        var result = Assert.Single(DateTimeRecognizer.RecognizeDateTime("fever of 101 degrees for the last 48 hours", Culture.English, Saturday));

        Assert.Equal("datetimeV2.datetimerange", result.TypeName);
        Assert.Equal("(2026-11-19T00:00:00,2026-11-21T00:00:00,PT48H)", OnlyValues(result)["timex"]);
    }

    [Fact]
    public void GivesTheSameAnswerForTheSameReferenceWhateverTheClockSays()
    {
        var reference = new DateTime(2019, 1, 31, 0, 0, 0, DateTimeKind.Unspecified);

        var first = DateTimeRecognizer.RecognizeDateTime("since last Wednesday", Culture.English, reference);
        var second = DateTimeRecognizer.RecognizeDateTime("since last Wednesday", Culture.English, reference);

        Assert.Equal("2019-01-23", OnlyValues(Assert.Single(first))["start"]);
        Assert.Equal(OnlyValues(first[0]), OnlyValues(second[0]));
    }
}
