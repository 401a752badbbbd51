namespace BotService.Recognizers.Time;

/// <summary>
/// One date-time entity before overlaps are settled. Besides the upstream-shaped values it keeps what the
/// duration reader needs: the duration (and range maximum) or the onset date.
/// </summary>
internal sealed record TimeCandidate(int First, int Last, string TypeName, IReadOnlyList<IReadOnlyDictionary<string, string>> Values)
{
    public DurationMatch? Duration { get; init; }

    public DateTime? Onset { get; init; }

    public string? Mod { get; init; }

    public static class Types
    {
        public const string Duration = "datetimeV2.duration";
        public const string Date = "datetimeV2.date";
        public const string DateTime = "datetimeV2.datetime";
        public const string DateRange = "datetimeV2.daterange";
        public const string DateTimeRange = "datetimeV2.datetimerange";
        public const string Set = "datetimeV2.set";
        public const string TimeRange = "datetimeV2.timerange";
    }
}
