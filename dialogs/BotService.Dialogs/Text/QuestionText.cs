using BotService.Triage.Findings;

namespace BotService.Dialogs.Text;

/// <summary>The wording and buttons of each guided question (design.md §3.4).</summary>
public static class QuestionText
{
    public const string Where = "Where is the twitching or cramp?";
    public const string HowLong = "How long has {0} been going on?";
    public const string WhatElse = "Do you have any of these as well? Pick all that apply.";
    public const string Triggers = "Has any of these been going on lately? Pick all that apply.";
    public const string Context = "Does any of these apply to you? Pick all that apply.";

    /// <summary>Asked before the next question when a body system was named in words the reader did not know.</summary>
    public const string SafetyCheck = "Before we go on, a quick safety check: have you had any of these, now or in the past day? Pick all that apply.";

    /// <summary>Where: the button and the location it stands for.</summary>
    public static IReadOnlyList<(string Title, string Location)> Locations { get; } =
    [
        ("Eyelid", "eyelid"),
        ("Face or lip", "face"),
        ("Arm or hand", "arm"),
        ("Leg or calf", "calf"),
        ("Back or chest wall", "back"),
        ("Several places", BodyLocations.SeveralPlaces),
    ];

    /// <summary>How long: the button and a representative duration (seconds).</summary>
    public static IReadOnlyList<(string Title, double Seconds)> Durations { get; } =
    [
        ("Less than a day", 6 * 3600),
        ("A few days", 3 * 86400),
        ("1-2 weeks", 10 * 86400),
        ("More than 2 weeks", 21 * 86400),
        ("Months", 90 * 86400),
    ];

    /// <summary>
    /// "the twitching in your calf", "the jerking": how the pending question refers to the problem, in the person's own
    /// kind of word. Jerks told as they fall asleep are "the jerking", not "it" ("How long has it in your leg...").
    /// </summary>
    public static string Subject(Findings findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var what = findings.Complaints.Contains("twitching") ? "the twitching"
            : findings.Complaints.Contains("cramp") ? "the cramping"
            : findings.Complaints.Contains("spasm") ? "the spasm"
            : findings.Complaints.Contains("tremor") ? "the shaking"
            : findings.Complaints.Contains("sleep-jerk") || findings.Symptoms.Contains("jerking") ? "the jerking"
            : "the twitching";
        return findings.Location is { } location && location != BodyLocations.SeveralPlaces && location != BodyLocations.WholeBody
            ? $"{what} in your {location}"
            : what;
    }

    /// <summary>"your calf" for "Back to your calf:", or "my question".</summary>
    public static string BackSubject(Findings findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        return findings.Location is { } location && location != BodyLocations.SeveralPlaces && location != BodyLocations.WholeBody
            ? BodyLocations.Describe(location, null)
            : "my question";
    }
}
