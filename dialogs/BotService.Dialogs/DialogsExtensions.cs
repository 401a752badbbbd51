using BotService.Content;
using BotService.Dialogs.Dialogs;
using BotService.Dialogs.State;
using BotService.Protocol;
using BotService.Protocol.Hosting;
using BotService.Protocol.State;
using BotService.Storage;
using BotService.Triage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BotService.Dialogs;

/// <summary>Registers the product's conversation with everything it stands on: storage, state, content, triage.</summary>
public static class DialogsExtensions
{
    public static IServiceCollection AddDialogs(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        // Each part registers once even if the host (or another part) added it already.
        if (!services.Any(d => d.ServiceType == typeof(IStorage)))
        {
            services.AddBotStorage(configuration);
        }

        if (!services.Any(d => d.ServiceType == typeof(ContentBase)))
        {
            services.AddContentBase(configuration);
        }

        services.AddTriage(configuration);
        services.AddConversation();

        // The turn error handler's apology and storage notice name the region's emergency number.
        services.TryAddSingleton<IEmergencyNumbers, Replies.RegionEmergencyNumbers>();
        if (services.Any(d => d.ServiceType == typeof(BotStateSet)))
        {
            return services;
        }

        // State middleware for the runtime adapter: one turn per conversation at a time, conflicts replayed, saved once.
        services.TryAddSingleton<ConversationLockMiddleware>();
        services.AddSingleton(sp => new BotStateSet(sp.GetRequiredService<BotAccessors>().All));
        services.AddSingleton<IMiddleware>(sp => sp.GetRequiredService<ConversationLockMiddleware>());
        services.AddSingleton<IMiddleware>(sp => new StateConflictMiddleware(sp.GetRequiredService<BotStateSet>()));
        services.AddSingleton<IMiddleware>(sp => new AutoSaveStateMiddleware(sp.GetRequiredService<BotStateSet>()));

        // After a failed turn the runtime's cleaner deletes ConversationState; this one deletes the private state
        // that holds the dialog stack, so a broken stack cannot fail every later turn.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConversationStateCleaner, PrivateStateCleaner>());
        return services;
    }

    /// <summary>
    /// The bot, its dialogs and state on an <see cref="IStorage"/>, content base and triage registered elsewhere
    /// (the CLI and tests use this with their own storage).
    /// </summary>
    public static IServiceCollection AddConversation(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new ConversationState(sp.GetRequiredService<IStorage>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new UserState(sp.GetRequiredService<IStorage>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new PrivateConversationState(sp.GetRequiredService<IStorage>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<BotAccessors>();
        services.TryAddSingleton(sp => new ConversationServices(
            sp.GetRequiredService<TriageEngine>(),
            sp.GetRequiredService<Triage.Rules.RuleSet>(),
            sp.GetRequiredService<Triage.Options.RegionResolver>(),
            sp.GetRequiredService<IContentAnswerer>(),
            sp.GetRequiredService<ContentBase>(),
            sp.GetRequiredService<Triage.Extraction.Lexicon>(),
            sp.GetRequiredService<IStorage>(),
            sp.GetRequiredService<BotAccessors>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILoggerFactory>()?.CreateLogger("BotService.Dialogs") ?? NullLogger.Instance));
        services.TryAddSingleton<MainDialog>();

        // Transient like the SDK samples' bots: it keeps no per-conversation fields.
        services.AddTransient<IBot, TwitchBot>();
        return services;
    }

    private sealed class PrivateStateCleaner(BotAccessors accessors) : IConversationStateCleaner
    {
        public Task ClearAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
            accessors.PrivateState.DeleteAsync(turnContext, cancellationToken);
    }
}
