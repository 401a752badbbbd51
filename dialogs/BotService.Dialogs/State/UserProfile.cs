namespace BotService.Dialogs.State;

/// <summary>What the bot keeps about a person across conversations: only whether it has said hello.</summary>
public sealed class UserProfile
{
    public bool Welcomed { get; set; }
}
