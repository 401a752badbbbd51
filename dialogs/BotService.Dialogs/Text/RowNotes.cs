namespace BotService.Dialogs.Text;

/// <summary>
/// What the guidance says the bot should tell people for a red-flag row ("What the bot should do" column of
/// triage-guidance.md §1a/1b), in our own words. Keyed by guidance row.
/// </summary>
public static class RowNotes
{
    private static readonly Dictionary<string, string> Notes = new(StringComparer.Ordinal)
    {
        ["E1"] = "Note the time the symptoms started, and call even if the signs pass quickly.",
        ["E5"] = "Tell them about the wound and when it happened.",
        // A high temperature with jerking or stiffness is row E6 whether or not a medicine was named (a feverish child).
        ["E6"] = "If a new or changed medicine might be the cause, don't take another dose, but don't stop your other prescribed medicines on your own.",
        ["E7"] = "Don't take another dose of the medicine until a clinician has advised you.",
        ["E9"] = "If the injury was to the neck or back, don't move the person unless they are in danger.",
        ["U2"] = "You may need the wound cleaned and a tetanus injection. Call the emergency number if your jaw or neck gets stiff or the spasms spread.",
        ["U3"] = "If you've recently had thyroid or neck surgery, contact your surgical team or get same-day care. Call the emergency number if your throat feels tight, your breathing gets noisy, or you faint.",
        ["U4"] = "Don't take the next dose until you've spoken to a clinician. Call the emergency number if your breathing or swallowing is affected.",
        ["U5"] = "Contact the doctor who prescribed the medicine today, or go to urgent care. Don't stop a prescribed medicine on your own without advice. Call the emergency number for a high temperature, stiff muscles or confusion.",
        ["U6"] = "Call the emergency number if you become breathless or have chest pain.",
        ["U7"] = "Call the emergency number if breathing or swallowing becomes hard or you can't walk.",
    };

    public static string? For(string row) => Notes.GetValueOrDefault(row);
}
