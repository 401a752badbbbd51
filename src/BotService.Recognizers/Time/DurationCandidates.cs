using BotService.Recognizers.Numbers;

namespace BotService.Recognizers.Time;

internal static class DurationCandidates
{
    /// <summary>
    /// Upstream keys (timex, Mod, type, value in seconds); a range ("2-3 weeks") keeps its lower bound there and
    /// adds "maxTimex" and "maxValue" for the upper one (our extension; upstream keeps only "3 weeks").
    /// </summary>
    public static TimeCandidate From(DurationMatch match)
    {
        var values = new Dictionary<string, string> { ["timex"] = match.Value.Timex };
        if (match.Mod is not null)
        {
            values["Mod"] = match.Mod;
        }

        values["type"] = "duration";
        values["value"] = NumberFormat.Format(match.Value.TotalSeconds);
        if (!match.Max.IsEmpty)
        {
            values["maxTimex"] = match.Max.Timex;
            values["maxValue"] = NumberFormat.Format(match.Max.TotalSeconds);
        }

        return new TimeCandidate(match.First, match.Last, TimeCandidate.Types.Duration, [values]) { Duration = match, Mod = match.Mod };
    }
}
