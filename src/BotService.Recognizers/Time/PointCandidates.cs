namespace BotService.Recognizers.Time;

internal static class PointCandidates
{
    /// <summary>A day ("date", value), a moment ("datetime") or a calendar range ("daterange", start and end).</summary>
    public static TimeCandidate From(Anchor anchor)
    {
        if (anchor.IsRange)
        {
            var values = anchor.Starts.Select(s => (IReadOnlyDictionary<string, string>)new Dictionary<string, string>
            {
                ["timex"] = anchor.Timex,
                ["type"] = "daterange",
                ["start"] = Formats.Date(s),
                ["end"] = Formats.Date(anchor.End ?? s),
            }).ToList();
            return new TimeCandidate(anchor.First, anchor.Last, TimeCandidate.Types.DateRange, values) { Onset = anchor.PastStart };
        }

        var kind = anchor.HasTime ? "datetime" : "date";
        var points = anchor.Starts.Select(s =>
        {
            // A hedged point ("about 2 weeks ago") carries its Mod as upstream does for dates ("approx", "before", "after").
            var map = new Dictionary<string, string> { ["timex"] = anchor.Timex };
            if (anchor.SinceMod is { } mod)
            {
                map["Mod"] = mod;
            }

            map["type"] = kind;
            map["value"] = anchor.HasTime ? Formats.DateTime(s) : Formats.Date(s);
            return (IReadOnlyDictionary<string, string>)map;
        }).ToList();
        return new TimeCandidate(anchor.First, anchor.Last, anchor.HasTime ? TimeCandidate.Types.DateTime : TimeCandidate.Types.Date, points)
        {
            Onset = anchor.PastStart,
            Mod = anchor.SinceMod,
        };
    }

    /// <summary>"last night": yesterday 20:00 to 23:59:59, as upstream.</summary>
    public static TimeCandidate LastNight(int first, DateTime reference)
    {
        var evening = reference.Date.AddDays(-1);
        var value = new Dictionary<string, string>
        {
            ["timex"] = Formats.Date(evening) + "TNI",
            ["type"] = "datetimerange",
            ["start"] = Formats.DateTime(evening.AddHours(20)),
            ["end"] = Formats.DateTime(evening.AddHours(23).AddMinutes(59).AddSeconds(59)),
        };
        return new TimeCandidate(first, first + 1, TimeCandidate.Types.DateTimeRange, [value]) { Onset = evening.AddHours(20) };
    }
}
