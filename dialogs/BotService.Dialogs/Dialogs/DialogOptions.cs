using BotService.Triage.Findings;

namespace BotService.Dialogs.Dialogs;

/// <summary>Where the main conversation (re)starts.</summary>
public enum MainStart
{
    /// <summary>From the person's first message: triage if it describes a problem, else the menu.</summary>
    FromMessage,

    /// <summary>Straight into the guided questions.</summary>
    Triage,

    /// <summary>"What would you like to know?"</summary>
    AskQuestion,

    /// <summary>"Anything else?"</summary>
    Menu,

    /// <summary>The menu after a message the bot did not understand.</summary>
    Confused,

    /// <summary>After "no" to "Anything else?": a friendly close, buttons still there.</summary>
    Closed,

    /// <summary>After an emergency: ask nothing.</summary>
    Quiet,
}

/// <summary>Options of <see cref="MainDialog"/>.</summary>
public sealed record MainOptions(MainStart Start)
{
    /// <summary>With <see cref="MainStart.Triage"/>: a question to ask again although it was answered ("back").</summary>
    public TriageSlot? AskAgain { get; init; }
}

/// <summary>Options of <see cref="TriageDialog"/>: <paramref name="AskAgain"/> is a question to ask even if known ("back").</summary>
public sealed record TriageDialogOptions(TriageSlot? AskAgain);
