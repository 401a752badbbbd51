using BotService.Protocol.State;
using BotService.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BotService.DialogEngine;

public static class DialogEngineServiceCollectionExtensions
{
    /// <summary>
    /// Registers the state the dialogs run on, as singletons over the registered <see cref="IStorage"/>
    /// (AddBotStorage): <see cref="ConversationState"/>, <see cref="UserState"/>,
    /// <see cref="PrivateConversationState"/>, the one dialog-stack accessor
    /// (<see cref="DialogStateKeys.DialogState"/>) and the process-wide <see cref="ConversationLockMiddleware"/>.
    /// The adapter adds the middleware with <c>adapter.UseBotState(lock, conversationState, userState, ...)</c>.
    /// </summary>
    public static IServiceCollection AddDialogEngine(this IServiceCollection services)
    {
        services.TryAddSingleton(sp => new ConversationState(sp.GetRequiredService<IStorage>(), sp.GetService<TimeProvider>()));
        services.TryAddSingleton(sp => new UserState(sp.GetRequiredService<IStorage>(), sp.GetService<TimeProvider>()));
        services.TryAddSingleton(sp => new PrivateConversationState(sp.GetRequiredService<IStorage>(), sp.GetService<TimeProvider>()));
        services.TryAddSingleton(sp => sp.GetRequiredService<ConversationState>().CreateProperty<DialogState>(DialogStateKeys.DialogState));
        services.TryAddSingleton<ConversationLockMiddleware>();
        return services;
    }
}
