namespace BotService.DialogEngine;

/// <summary>Where the dialog stack stands after a call (style.md §2.5).</summary>
public enum DialogTurnStatus
{
    /// <summary>Nothing is on the stack.</summary>
    Empty,

    /// <summary>The active dialog is waiting for the user's next message.</summary>
    Waiting,

    /// <summary>The dialog finished; its result is available and nothing remains on the stack.</summary>
    Complete,

    /// <summary>The stack was cancelled.</summary>
    Cancelled,

    /// <summary>The dialog finished, and the turn should end without starting another.</summary>
    CompleteAndWait,
}

/// <summary>Why a dialog is being begun, resumed or ended.</summary>
public enum DialogReason
{
    /// <summary>A dialog was started with BeginDialogAsync.</summary>
    BeginCalled,

    /// <summary>The user sent a message and ContinueDialogAsync ran.</summary>
    ContinueCalled,

    /// <summary>A dialog ended normally with EndDialogAsync.</summary>
    EndCalled,

    /// <summary>A dialog is ending because ReplaceDialogAsync replaces it.</summary>
    ReplaceCalled,

    /// <summary>A dialog was cancelled by CancelAllDialogsAsync.</summary>
    CancelCalled,

    /// <summary>A waterfall step called NextAsync.</summary>
    NextCalled,
}
