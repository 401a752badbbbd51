namespace BotService.Teams;

/// <summary>Keys under which the Teams middleware leaves facts about the turn in TurnState.</summary>
public static class TeamsTurnStateKeys
{
    /// <summary>A <see cref="TeamsConversationInfo"/> for every msteams turn.</summary>
    public const string ConversationInfo = "BotService.Teams.ConversationInfo";

    /// <summary>The message text as it arrived, before the bot's mention was removed.</summary>
    public const string OriginalText = "BotService.Teams.OriginalText";
}
