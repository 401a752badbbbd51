using System.Collections.Frozen;

namespace BotService.Recognizers.Time;

/// <summary>Units, weekdays, months and parts of the day, including how people abbreviate them ("3 wks", "since mon").</summary>
internal static class TimeWords
{
    /// <summary>Unit word to (unit, multiplier, singular, needs digits before it).</summary>
    public static readonly FrozenDictionary<string, (TimeUnit Unit, double Factor, bool Singular, bool AfterDigitsOnly)> Units =
        new Dictionary<string, (TimeUnit, double, bool, bool)>
        {
            ["second"] = (TimeUnit.Second, 1, true, false), ["seconds"] = (TimeUnit.Second, 1, false, false),
            ["sec"] = (TimeUnit.Second, 1, true, false), ["secs"] = (TimeUnit.Second, 1, false, false),
            ["minute"] = (TimeUnit.Minute, 1, true, false), ["minutes"] = (TimeUnit.Minute, 1, false, false),
            ["min"] = (TimeUnit.Minute, 1, true, false), ["mins"] = (TimeUnit.Minute, 1, false, false),
            ["hour"] = (TimeUnit.Hour, 1, true, false), ["hours"] = (TimeUnit.Hour, 1, false, false),
            ["hr"] = (TimeUnit.Hour, 1, true, false), ["hrs"] = (TimeUnit.Hour, 1, false, false),
            ["h"] = (TimeUnit.Hour, 1, true, true),
            ["day"] = (TimeUnit.Day, 1, true, false), ["days"] = (TimeUnit.Day, 1, false, false),
            ["d"] = (TimeUnit.Day, 1, true, true), ["dys"] = (TimeUnit.Day, 1, false, true),
            ["night"] = (TimeUnit.Day, 1, true, false), ["nights"] = (TimeUnit.Day, 1, false, false),
            ["week"] = (TimeUnit.Week, 1, true, false), ["weeks"] = (TimeUnit.Week, 1, false, false),
            ["wk"] = (TimeUnit.Week, 1, true, false), ["wks"] = (TimeUnit.Week, 1, false, false),
            ["w"] = (TimeUnit.Week, 1, true, true),
            ["fortnight"] = (TimeUnit.Week, 2, true, false), ["fortnights"] = (TimeUnit.Week, 2, false, false),
            ["month"] = (TimeUnit.Month, 1, true, false), ["months"] = (TimeUnit.Month, 1, false, false),
            ["mo"] = (TimeUnit.Month, 1, true, true), ["mos"] = (TimeUnit.Month, 1, false, true),
            ["mth"] = (TimeUnit.Month, 1, true, false), ["mths"] = (TimeUnit.Month, 1, false, false),
            ["mnth"] = (TimeUnit.Month, 1, true, false), ["mnths"] = (TimeUnit.Month, 1, false, false),
            ["year"] = (TimeUnit.Year, 1, true, false), ["years"] = (TimeUnit.Year, 1, false, false),
            ["yr"] = (TimeUnit.Year, 1, true, false), ["yrs"] = (TimeUnit.Year, 1, false, false),
            ["y"] = (TimeUnit.Year, 1, true, true),
            ["decade"] = (TimeUnit.Year, 10, true, false), ["decades"] = (TimeUnit.Year, 10, false, false),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Weekday word to ISO day number (Monday 1 .. Sunday 7) and whether it is a plural ("mondays").</summary>
    public static readonly FrozenDictionary<string, (int Day, bool Plural, bool Abbreviated)> Weekdays = BuildWeekdays();

    public static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3, ["april"] = 4,
        ["apr"] = 4, ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7, ["august"] = 8,
        ["aug"] = 8, ["september"] = 9, ["sep"] = 9, ["sept"] = 9, ["october"] = 10, ["oct"] = 10,
        ["november"] = 11, ["nov"] = 11, ["december"] = 12, ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, string> DayParts = new Dictionary<string, string>
    {
        ["morning"] = "TMO", ["mornings"] = "TMO", ["afternoon"] = "TAF", ["afternoons"] = "TAF",
        ["evening"] = "TEV", ["evenings"] = "TEV", ["night"] = "TNI", ["nights"] = "TNI",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static FrozenDictionary<string, (int, bool, bool)> BuildWeekdays()
    {
        string[] names = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
        string[][] shorts = [["mon"], ["tue", "tues"], ["wed"], ["thu", "thur", "thurs"], ["fri"], ["sat"], ["sun"]];
        var map = new Dictionary<string, (int, bool, bool)>(StringComparer.Ordinal);
        for (var d = 0; d < 7; d++)
        {
            map[names[d]] = (d + 1, false, false);
            map[names[d] + "s"] = (d + 1, true, false);
            foreach (var s in shorts[d])
            {
                map[s] = (d + 1, false, true);
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
