using BotService.Dialogs.State;
using BotService.Triage;

namespace BotService.Dialogs.Dialogs;

/// <summary>Compares a level with the highest one already given in the conversation.</summary>
public static class Levels
{
    public static bool AlreadyGiven(TriageConversation triage, TriageLevel level)
    {
        ArgumentNullException.ThrowIfNull(triage);
        return TriageLevels.TryParse(triage.GivenLevel, out var given) && given >= level;
    }
}
