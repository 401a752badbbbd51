namespace BotService.Recognizers.Time;

internal static class Mods
{
    public const string More = "more";
    public const string Less = "less";
    public const string Approx = "approx";
    public const string Since = "since";
    public const string Before = "before";
    public const string After = "after";
}

/// <summary>A duration over tokens First..Last; <see cref="Max"/> is set for a range ("2-3 weeks").</summary>
internal readonly record struct DurationMatch(int First, int Last, DurationValue Value, DurationValue Max, string? Mod);
