using BotService.Protocol;
using BotService.Teams.Sending;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotService.Teams;

/// <summary>Registers the Teams middleware and adds it to an adapter in the order it must run.</summary>
public static class TeamsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="TeamsOptions"/> (validated at start-up) and the Teams middleware as singletons, and
    /// adds them as <see cref="IMiddleware"/> in the order they must run, so an adapter that runs the registered
    /// middleware (the runtime's CloudAdapter) picks them up; call it after AddBotRuntime. Calling it twice is harmless.
    /// </summary>
    public static IServiceCollection AddTeams(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(TeamsMentionMiddleware)))
        {
            return services;
        }

        services.AddOptions<TeamsOptions>().BindConfiguration(TeamsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new TeamsResponsePolicy(Options(sp).RespondOnlyWhenMentioned));
        services.TryAddSingleton(sp => new TeamsSendPacer(
            sp.GetRequiredService<TimeProvider>(), RateWindow.TeamsPerThread, TimeSpan.FromSeconds(Options(sp).MaxPacingWaitSeconds),
            sp.GetService<ILogger<TeamsSendPacer>>()));
        services.TryAddSingleton(sp => new TeamsTenantFilterMiddleware(Options(sp).AllowedTenants, sp.GetService<ILogger<TeamsTenantFilterMiddleware>>()));
        services.TryAddSingleton(sp => new TeamsMentionMiddleware(sp.GetRequiredService<TeamsResponsePolicy>()));
        services.TryAddSingleton<TeamsCardSubmitMiddleware>();
        services.TryAddSingleton<TeamsSuggestedActionsToCardMiddleware>();
        services.TryAddSingleton(sp => new TeamsSendLimitsMiddleware(
            sp.GetRequiredService<TeamsSendPacer>(), Options(sp).MaxMessageBytes, sp.GetService<ILogger<TeamsSendLimitsMiddleware>>()));
        services.AddSingleton<IMiddleware>(sp => sp.GetRequiredService<TeamsTenantFilterMiddleware>());
        services.AddSingleton<IMiddleware>(sp => sp.GetRequiredService<TeamsMentionMiddleware>());
        services.AddSingleton<IMiddleware>(sp => sp.GetRequiredService<TeamsCardSubmitMiddleware>());
        services.AddSingleton<IMiddleware>(sp => sp.GetRequiredService<TeamsSuggestedActionsToCardMiddleware>());
        services.AddSingleton<IMiddleware>(sp => sp.GetRequiredService<TeamsSendLimitsMiddleware>());
        return services;
    }

    /// <summary>
    /// For an adapter not built from DI (tests, tools): adds the Teams middleware to <paramref name="adapter"/>: the
    /// tenant filter first, then mention removal and the response policy, then
    /// card submissions to text, then the send hooks (cards for suggested actions, then size and pace limits last,
    /// so they see the final activities). Each piece does nothing on other channels.
    /// </summary>
    public static BotAdapter UseTeams(this BotAdapter adapter, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        ArgumentNullException.ThrowIfNull(services);
        return adapter
            .Use(services.GetRequiredService<TeamsTenantFilterMiddleware>())
            .Use(services.GetRequiredService<TeamsMentionMiddleware>())
            .Use(services.GetRequiredService<TeamsCardSubmitMiddleware>())
            .Use(services.GetRequiredService<TeamsSuggestedActionsToCardMiddleware>())
            .Use(services.GetRequiredService<TeamsSendLimitsMiddleware>());
    }

    private static TeamsOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<TeamsOptions>>().Value;
}
