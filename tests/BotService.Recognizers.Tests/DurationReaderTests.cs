using static BotService.Recognizers.Tests.TestReference;

namespace BotService.Recognizers.Tests;

public sealed class DurationReaderTests
{
    private const double Day = 86_400;
    private const double Week = 7 * Day;

    [Theory]
    [InlineData("about 3 days", 3 * Day, null, "approx", "P3D")]
    [InlineData("3 wks", 3 * Week, null, null, "P3W")]
    [InlineData("few days", 3 * Day, null, null, "P3D")]
    [InlineData("couple months", 60 * Day, null, null, "P2M")]
    [InlineData("2-3 wks", 2 * Week, 3 * Week, null, "P2W")]
    [InlineData("2-3 weeks", 2 * Week, 3 * Week, null, "P2W")]
    [InlineData("a fortnight", 2 * Week, null, null, "P2W")]
    [InlineData("half an hour", 1800, null, null, "PT0.5H")]
    [InlineData("a quarter of an hour", 900, null, null, "PT0.25H")]
    [InlineData("quarter of an hour", 900, null, null, "PT0.25H")]
    [InlineData("three quarters of an hour", 2700, null, null, "PT0.75H")]
    [InlineData("over a month", 30 * Day, null, "more", "P1M")]
    [InlineData("on and off for months", 60 * Day, null, "approx", "P2M")]
    [InlineData("my eyelid has been twitching for the past 3 weeks", 3 * Week, null, null, "P3W")]
    public void ReadsHowLongSomethingHasBeenGoingOn(string text, double seconds, double? max, string? mod, string timex)
    {
        var reading = DurationReader.Read(text, Saturday);

        Assert.NotNull(reading);
        Assert.Equal(seconds, reading.Seconds);
        Assert.Equal(max, reading.MaxSeconds);
        Assert.Equal(mod, reading.Mod);
        Assert.Equal(timex, reading.Timex);
    }

    [Theory]
    [InlineData("my arm has been weak since about an hour ago", 3600)]
    [InlineData("since 20 minutes ago", 1200)]
    [InlineData("since 2 hours ago", 7200)]
    [InlineData("twitching since about 2am", 8 * 3600)]
    [InlineData("since 2am", 8 * 3600)]
    public void ReadsAnOnsetEarlierTodayToTheMinuteNotFromMidnight(string text, double seconds)
    {
        // At 10:00: "since an hour ago" was read from the start of its day (10 hours), which hid how sudden it was.
        var reading = DurationReader.Read(text, Saturday.AddHours(10));

        Assert.NotNull(reading);
        Assert.Equal(seconds, reading.Seconds);
        Assert.Equal("since", reading.Mod);
    }

    [Theory]
    [InlineData("since last Monday", 12 * Day, "2026-11-09")]
    [InlineData("since mon", 5 * Day, "XXXX-WXX-1")]
    [InlineData("it started 2 days ago", 2 * Day, "2026-11-19")]
    [InlineData("since yesterday", Day, "2026-11-20")]
    public void ReadsAnOnsetAsTheTimeFromItsStartToTheReference(string text, double seconds, string timex)
    {
        var reading = DurationReader.Read(text, Saturday);

        Assert.NotNull(reading);
        Assert.Equal(seconds, reading.Seconds);
        Assert.Equal("since", reading.Mod);
        Assert.Equal(timex, reading.Timex);
    }

    [Theory]
    [InlineData(5, 5 * 3600)]
    [InlineData(10, 2 * 3600)]
    public void ReadsSinceThisMorningEvenBeforeTheMorningHasBegun(int hour, double seconds)
    {
        var reading = DurationReader.Read("since this morning", Saturday.Date.AddHours(hour));

        Assert.NotNull(reading);
        Assert.Equal(seconds, reading.Seconds);
        Assert.Equal("since", reading.Mod);
    }

    [Theory]
    [InlineData("for a while")]
    [InlineData("it twitches twice a day")]
    [InlineData("since tomorrow")]
    [InlineData("it has hurt since the fall")]
    [InlineData("my left eyelid")]
    [InlineData("")]
    public void ReturnsNullWhenTheTextGivesNoDurationOrPastOnset(string text)
    {
        Assert.Null(DurationReader.Read(text, Saturday));
    }

    [Fact]
    public void ReadsTheFirstDurationWhenThereAreSeveral()
    {
        var reading = DurationReader.Read("it has twitched for 3 days, twice a day, for about a minute each time", Saturday);

        Assert.Equal("3 days", reading?.Text);
    }
}
