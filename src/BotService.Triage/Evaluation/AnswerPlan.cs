namespace BotService.Triage.Evaluation;

/// <summary>What the answer should contain, as data: the dialogs turn it into words.</summary>
/// <param name="ContentIds">Content-base entries to draw on, in order.</param>
/// <param name="LikelyCauses">Common causes relevant to the findings; the ones the person mentioned first.</param>
/// <param name="WatchFor">Concrete thresholds for the safety net ("a cramp lasts more than ten minutes").</param>
/// <param name="Doctor">Which doctor, in plain words, or null for self-care and emergencies.</param>
/// <param name="Tests">Content ids of tests the doctor may do ("tests-emg").</param>
public sealed record AnswerPlan(
    IReadOnlyList<string> ContentIds,
    IReadOnlyList<LikelyCause> LikelyCauses,
    IReadOnlyList<Threshold> WatchFor,
    string? Doctor,
    IReadOnlyList<string> Tests);

/// <summary>A likely cause; <paramref name="Mentioned"/> when the person named it (coffee, stress...).</summary>
public sealed record LikelyCause(string Text, bool Mentioned);

/// <summary>A safety-net threshold, by id and in plain words.</summary>
public sealed record Threshold(string Id, string Text);
