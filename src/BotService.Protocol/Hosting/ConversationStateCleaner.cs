using BotService.Protocol.State;
using Microsoft.Extensions.DependencyInjection;

namespace BotService.Protocol.Hosting;

/// <summary>
/// Deletes the conversation's stored state after a failed turn, as the SDK samples' error handler does
/// (style.md §1.6), when a <see cref="ConversationState"/> is registered; without one there is nothing to clear.
/// </summary>
public sealed class ConversationStateCleaner(IServiceProvider services) : IConversationStateCleaner
{
    public Task ClearAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        services.GetService<ConversationState>() is { } state
            ? state.DeleteAsync(turnContext, cancellationToken)
            : Task.CompletedTask;
}
