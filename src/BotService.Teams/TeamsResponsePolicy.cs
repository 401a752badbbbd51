using BotService.Protocol.Schema;

namespace BotService.Teams;

/// <summary>
/// Whether the bot should answer a Teams message: always in a personal chat; in group chats and channels only
/// when it is @mentioned (protocol.md §6.3), or when the message is a press on one of its own cards, which
/// Teams delivers with a <c>value</c> and no mention. Other activity types are always handled.
/// </summary>
public sealed class TeamsResponsePolicy(bool respondOnlyWhenMentioned = true)
{
    public bool RespondOnlyWhenMentioned { get; } = respondOnlyWhenMentioned;

    public bool ShouldRespond(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!activity.IsTeams() || !activity.IsType(ActivityTypes.Message) || !RespondOnlyWhenMentioned)
        {
            return true;
        }

        return activity.GetTeamsConversationType() == TeamsConversationTypes.Personal
            || activity.MentionsRecipient()
            || activity.Value is not null;
    }
}
