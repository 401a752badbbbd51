using BotService.Protocol.Authentication;
using BotService.Protocol.Connector;
using BotService.Protocol.Middleware;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BotService.Protocol.Hosting;

/// <summary>Registers the bot runtime (adapter, authentication, Connector, middleware) and maps its endpoint.</summary>
public static class BotRuntimeExtensions
{
    public const string MessagesRoute = "/api/messages";

    /// <summary>
    /// Adds the HTTP adapter and what it needs. Credentials are bound from the configuration root (MicrosoftAppId
    /// etc., as Azure templates place them), limits from the <c>Bot</c> section; both are validated on start.
    /// The adapter runs every <see cref="IMiddleware"/> registered in DI, in registration order, typing first.
    /// The bot itself is registered separately as <see cref="IBot"/>.
    /// </summary>
    public static IServiceCollection AddBotRuntime(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<BotAuthenticationOptions>()
            .Configure(o => configuration.Bind(o))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotAuthenticationOptions>, BotAuthenticationOptionsValidator>());
        services.AddOptions<BotOptions>()
            .Bind(configuration.GetSection(BotOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(ConnectorClientFactory.HttpClientName);
        services.AddHttpClient(SigningMetadataCache.HttpClientName);
        services.AddHttpClient(MsalBotTokenProvider.HttpClientName);
        services.TryAddSingleton<SigningMetadataCache>();
        services.TryAddSingleton<BotFrameworkAuthenticator>();
        services.TryAddSingleton<IBotTokenProvider, MsalBotTokenProvider>();
        services.TryAddSingleton<ConnectorClientFactory>();
        services.TryAddSingleton<BotTurnErrorHandler>();
        services.TryAddSingleton<UnauthorizedRequestLog>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConversationStateCleaner, ConversationStateCleaner>());
        services.AddSingleton<IMiddleware, ShowTypingMiddleware>();
        services.TryAddSingleton<CloudAdapter>();
        return services;
    }

    /// <summary>Maps <c>/api/messages</c>: POST runs a turn, any other method gets 405.</summary>
    public static IEndpointConventionBuilder MapBotMessages(this IEndpointRouteBuilder endpoints, string pattern = MessagesRoute)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.Map(pattern, BotMessagesEndpoint.HandleAsync).WithName("BotMessages");
    }
}
