using BotService.Protocol;
using Microsoft.Extensions.DependencyInjection;

namespace BotService.Dialogs;

/// <summary>Registers the product's conversation: the bot and, later, its dialogs.</summary>
public static class DialogsExtensions
{
    public static IServiceCollection AddDialogs(this IServiceCollection services)
    {
        // Transient like the SDK samples' bots: it keeps no per-conversation fields.
        services.AddTransient<IBot, TwitchBot>();
        return services;
    }
}
