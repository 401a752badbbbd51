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

        if (anchor.HasTime)
        {
            var value = new Dictionary<string, string> { ["timex"] = anchor.Timex, ["type"] = "datetime", ["value"] = Formats.DateTime(anchor.PastStart) };
            return new TimeCandidate(anchor.First, anchor.Last, TimeCandidate.Types.DateTime, [value]) { Onset = anchor.PastStart };
        }

        var dates = anchor.Starts.Select(s => (IReadOnlyDictionary<string, string>)new Dictionary<string, string>
        {
            ["timex"] = anchor.Timex,
            ["type"] = "date",
            ["value"] = Formats.Date(s),
        }).ToList();
        return new TimeCandidate(anchor.First, anchor.Last, TimeCandidate.Types.Date, dates) { Onset = anchor.PastStart };
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
