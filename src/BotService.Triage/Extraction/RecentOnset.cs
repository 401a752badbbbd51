using System.Text.RegularExpressions;
using BotService.Triage.Findings;

namespace BotService.Triage.Extraction;

/// <summary>
/// A sign given a start time instead of the word "suddenly". Trouble speaking timed within the last day is sudden (see
/// <see cref="DeriveForSpeech"/>). Weakness of a named part that began within the last few hours ("since about an hour
/// ago", "came on half an hour ago") is read as sudden. The stroke row (E1) turns on sudden weakness, and people give the
/// time it began rather than the word. The three hours are a conservative choice of ours [inference], not a line from
/// the guidance: a weakness that new is worth the emergency number's judgement. Not for weakness in both legs or arms,
/// after exercise, said to have come on gradually, or with a local cause named ("since my jab an hour ago", "since I
/// gave blood", "I slept on it"), and the time must be said in a clause of its own, not the twitch's or the cramp's ("a
/// cramp an hour ago and it still feels weak").
/// </summary>
internal static partial class RecentOnset
{
    public static readonly TimeSpan Within = TimeSpan.FromHours(3);

    public static void Derive(ReadState state, DateTimeOffset reference, string? location, string? side)
    {
        DeriveForSpeech(state, reference);
        if (location is null || !state.HasPresent("weakness") || state.Denied.Contains("onset-sudden") || state.HasPresent("onset-gradual")
            || side == "both" || state.HasPresent("both-sides") || state.HasPresent("exercise"))
        {
            return;
        }

        foreach (var (clause, found, _) in state.Clauses)
        {
            if (!found.Exists(ClauseRules.IsComplaint) && !clause.IsHypothetical && !LocalCause().IsMatch(clause.Text)
                && DurationSource.Read(clause.Text, reference) is { Mod: { } mod } duration
                && mod.StartsWith("since", StringComparison.Ordinal) && duration.Seconds <= Within.TotalSeconds)
            {
                state.AddPresent("onset-sudden", FindingKind.Symptom);
                return;
            }
        }
    }

    /// <summary>
    /// Trouble speaking timed within the last day in its own clause ("at breakfast the words wouldn't come out right
    /// for a few minutes") is an episode that began suddenly, whatever the twitch's weeks: E1 counts a sign even if it
    /// passed quickly, and the message's duration, which belongs to the twitch, would otherwise rule the stroke row out.
    /// </summary>
    private static void DeriveForSpeech(ReadState state, DateTimeOffset reference)
    {
        if (!state.HasPresent("speech-trouble") || state.HasPresent("onset-gradual") || state.Denied.Contains("onset-sudden")
            || state.Clauses.Exists(c => SpeechCause().IsMatch(c.Clause.Text)))
        {
            return;
        }

        foreach (var (clause, found, _) in state.Clauses)
        {
            if (found.Contains("speech-trouble") && !clause.IsHypothetical
                && DurationSource.Read(clause.Text, reference) is { } duration && duration.Seconds <= TimeSpan.FromDays(1).TotalSeconds)
            {
                state.AddPresent("onset-sudden", FindingKind.Symptom);
                return;
            }
        }
    }

    // A cause or a habit said with it: numbing at the dentist, drink, nerves, a lifelong stammer, "when I'm tired".
    [GeneratedRegex(@"\b(?:dentist|filling|numbing|anaesthe\w*|anesthe\w*|injection|drunk|pints?|(?:few|some|too many|couple of) drinks|alcohol|hungover|nervous|nerves|presentation|stammer\w*|stutter\w*|always (?:have|had|been|done)|all my life|since (?:i was )?(?:a kid|a child|childhood)|when im (?:really |so |very )?tired)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SpeechCause();

    [GeneratedRegex(@"\b(?:injection|jab|vaccin\w*|booster|gave blood|giving blood|blood test|carried|carrying|lifted|lifting|slept on)\b", RegexOptions.CultureInvariant)]
    private static partial Regex LocalCause();
}
