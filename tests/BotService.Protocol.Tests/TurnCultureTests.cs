using System.Globalization;
using BotService.Protocol.Schema;
using BotService.Testing;

namespace BotService.Protocol.Tests;

/// <summary>As the SDK does, a turn runs with the activity's locale as the current culture, and never fails over one.</summary>
public sealed class TurnCultureTests
{
    [Fact]
    public async Task ATurnRunsInTheActivitysLocaleAndTheCultureIsRestoredAfterwards()
    {
        var adapter = new TestAdapter();
        var before = CultureInfo.CurrentCulture;
        var activity = adapter.MakeActivity("hello");
        activity.Locale = "en-GB";
        string? during = null;

        await adapter.ProcessActivityAsync(activity, (turn, _) =>
        {
            during = CultureInfo.CurrentCulture.Name;
            return Task.CompletedTask;
        });

        Assert.Equal("en-GB", during);
        Assert.Equal(before, CultureInfo.CurrentCulture);
    }

    [Theory]
    [InlineData("not a locale at all")]
    [InlineData("en-GB\n")]
    [InlineData("")]
    public async Task AnUnusableLocaleLeavesTheCultureAsItWasAndTheTurnRuns(string locale)
    {
        var adapter = new TestAdapter();
        var before = CultureInfo.CurrentCulture;
        var activity = adapter.MakeActivity("hello");
        activity.Locale = locale;
        var ran = false;

        await adapter.ProcessActivityAsync(activity, (turn, _) =>
        {
            ran = CultureInfo.CurrentCulture.Equals(before);
            return Task.CompletedTask;
        });

        Assert.True(ran);
    }
}
