using BotService.Triage.Findings;

namespace BotService.Triage.Extraction;

/// <summary>
/// Weakness that began within the last few hours ("since about an hour ago", "came on half an hour ago") is read as
/// sudden. The stroke row (E1) turns on sudden weakness, and people give the time it began rather than the word.
/// The three hours are a conservative choice of ours [inference], not a line from the guidance: a weakness that new
/// is worth the emergency number's judgement. Not for weakness in both legs or arms, or after exercise ("my legs feel
/// weak since my run 2 hours ago"): the FAST sign is one side, and tired muscles after a run are common.
/// </summary>
internal static class RecentOnset
{
    public static readonly TimeSpan Within = TimeSpan.FromHours(3);

    public static void Derive(ReadState state, TurnDuration? duration, string? side)
    {
        if (duration is { Mod: { } mod } && mod.StartsWith("since", StringComparison.Ordinal) && duration.Seconds <= Within.TotalSeconds
            && state.HasPresent("weakness") && !state.Denied.Contains("onset-sudden")
            && side != "both" && !state.HasPresent("both-sides") && !state.HasPresent("exercise"))
        {
            state.AddPresent("onset-sudden", FindingKind.Symptom);
        }
    }
}
