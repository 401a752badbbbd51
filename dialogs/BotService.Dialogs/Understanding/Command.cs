namespace BotService.Dialogs.Understanding;

/// <summary>The commands understood at any prompt (design.md §3.7).</summary>
public enum Command
{
    None,
    Help,
    Back,
    StartOver,
    Cancel,
    DeleteMyData,
    Feedback,
}
