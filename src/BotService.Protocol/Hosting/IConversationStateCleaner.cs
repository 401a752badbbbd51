namespace BotService.Protocol.Hosting;

/// <summary>
/// Extension point of the turn error handler: clears a conversation's persisted state so that a corrupt
/// dialog stack cannot fail every following turn (style.md §1.6). The state layer registers one.
/// </summary>
public interface IConversationStateCleaner
{
    Task ClearAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
