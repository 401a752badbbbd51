namespace BotService.Triage.Rules;

/// <summary>What a rule contributes to the answer composer.</summary>
/// <param name="Content">Content-base ids to show ("selfcare-eyelid-twitch", "which-doctor").</param>
/// <param name="Causes">Likely common causes, each optionally tied to a trigger finding.</param>
/// <param name="WatchFor">Threshold ids (defined once in the file) for the safety net.</param>
/// <param name="Doctor">Who to see, in plain words, or null.</param>
/// <param name="Tests">Content ids of tests the doctor may do ("tests-emg").</param>
public sealed record RuleAdvice(
    IReadOnlyList<string> Content,
    IReadOnlyList<RuleCause> Causes,
    IReadOnlyList<string> WatchFor,
    string? Doctor,
    IReadOnlyList<string> Tests);

/// <summary>A likely cause; <paramref name="Trigger"/> names the trigger finding that makes it "mentioned".</summary>
public sealed record RuleCause(string Text, string? Trigger);
