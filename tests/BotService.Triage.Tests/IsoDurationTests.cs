using BotService.Triage.Rules;

namespace BotService.Triage.Tests;

/// <summary>The rules file's thresholds are ISO 8601 durations in fixed units; anything else is refused.</summary>
public sealed class IsoDurationTests
{
    [Theory]
    [InlineData("P14D", 14 * 24 * 60)]
    [InlineData("P1D", 24 * 60)]
    [InlineData("P2W", 14 * 24 * 60)]
    [InlineData("PT10M", 10)]
    [InlineData("P1DT12H", 36 * 60)]
    [InlineData("PT1H30M", 90)]
    [InlineData("PT90S", 1.5)]
    [InlineData("P0.5D", 12 * 60)]
    public void ReadsWeeksDaysHoursMinutesAndSeconds(string text, double minutes)
    {
        Assert.True(IsoDuration.TryParse(text, out var duration));
        Assert.Equal(minutes, duration.TotalMinutes, precision: 6);
    }

    [Theory]
    [InlineData("")]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("P1DT")]
    [InlineData("14D")]
    [InlineData("P1Y")]
    [InlineData("P1M")]
    [InlineData("P-1D")]
    [InlineData("P1D ")]
    [InlineData("two weeks")]
    [InlineData("P\n")]
    [InlineData("PT\n")]
    [InlineData("P14D\n")]
    [InlineData("P\u0661\u0664D")]
    [InlineData("P99999999999999999999D")]
    [InlineData("P3651D")]
    [InlineData(null)]
    public void RefusesAnythingElse(string? text)
    {
        Assert.False(IsoDuration.TryParse(text, out _));
    }
}
