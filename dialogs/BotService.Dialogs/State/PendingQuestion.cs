using BotService.Triage.Findings;

namespace BotService.Dialogs.State;

/// <summary>What the bot is waiting for.</summary>
public enum PendingKind
{
    /// <summary>A triage question (where, how long, what else, triggers, context).</summary>
    Slot,

    /// <summary>"Anything else?" after an answer, or the opening menu.</summary>
    Menu,

    /// <summary>"What would you like to know?": the next message is a question for the content base.</summary>
    FreeQuestion,

    /// <summary>After an emergency: nothing is asked, so nothing delays the call.</summary>
    Quiet,

    /// <summary>The feedback rating.</summary>
    Feedback,

    /// <summary>
    /// "Do you have any of these now?" about the warning signs of a body system the person named in words the reader
    /// did not know (<see cref="BotService.Triage.Findings.Findings.AskFirst"/>), asked before the next guided question.
    /// </summary>
    SafetyCheck,
}

/// <summary>The question waiting for an answer, with the buttons it offered and what each one means.</summary>
public sealed class PendingQuestion
{
    public PendingKind Kind { get; set; }

    public TriageSlot? Slot { get; set; }

    /// <summary>Other slots this question also covers (the "what else" question carries the context items).</summary>
    public List<TriageSlot> AlsoCovers { get; set; } = [];

    public List<AnswerChoice> Choices { get; set; } = [];
}

/// <summary>A button of a triage question and the finding it stands for (so a press never depends on wording).</summary>
public sealed class AnswerChoice
{
    public string Title { get; set; } = string.Empty;

    /// <summary>A finding name ("weakness"), a location name ("eyelid"), or null for "None of these".</summary>
    public string? Finding { get; set; }

    public FindingKind? Kind { get; set; }

    public string? Location { get; set; }

    public double? DurationSeconds { get; set; }
}
