using System.Runtime.CompilerServices;
using BotService.DirectLine.Endpoints;
using BotService.DirectLine.Storage;
using BotService.DirectLine.Tokens;
using BotService.Protocol.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace BotService.DirectLine;

/// <summary>Registers and maps the self-hosted Direct Line 3.0 endpoint and the Web Chat page.</summary>
public static class DirectLineExtensions
{
    public const string CorsPolicy = "DirectLine";

    // The key of the log's NpgsqlDataSource among the application's services (bot state has a data source of its own).
    private const string DataSourceKey = "DirectLine";

    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DirectLineOptions>()
            .Bind(configuration.GetSection(DirectLineOptions.SectionName))
            .Configure(o =>
            {
                o.StorageProvider = configuration["Storage:Provider"] is { Length: > 0 } provider ? provider : "Sqlite";
                o.PostgresConnectionString = configuration.GetConnectionString("Postgres");

                // One emergency number for the banner and the bot: by default the triage's default region's.
                if (string.IsNullOrWhiteSpace(o.Page.EmergencyNumber))
                {
                    o.Page.EmergencyNumber = configuration[$"Triage:Regions:{configuration["Triage:DefaultRegion"]}:EmergencyNumber"] ?? string.Empty;
                }
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<DirectLineOptions>, DirectLineOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DirectLineTokenService>();
        services.AddSingleton<DirectLineRateLimits>();
        services.AddSingleton<ConversationSignals>();
        services.AddSingleton<DirectLineStreams>();
        services.TryAddSingleton<BotTurnErrorHandler>();
        services.AddSingleton<DirectLineAdapter>();
        services.AddSingleton<DirectLineConversations>();
        services.AddSingleton<IActivityLog>(CreateLog);
        services.AddHostedService<ActivityLogCleanup>();
        if (string.Equals(configuration["Storage:Provider"], "Postgres", StringComparison.OrdinalIgnoreCase))
        {
            AddPostgres(services);
        }

        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<DirectLineOptions>>((cors, directLine) =>
            cors.AddPolicy(CorsPolicy, policy => policy
                .WithOrigins([.. directLine.Value.AllowedOrigins])
                .WithMethods("GET", "POST", "OPTIONS")
                // Web Chat sends all of these; without X-Requested-With the preflight fails (webchat-directline.md §5.4).
                .WithHeaders("Authorization", "Content-Type", "Accept", "x-ms-bot-agent", "X-Requested-With")
                .SetPreflightMaxAge(TimeSpan.FromMinutes(10))));
        return services;
    }

    /// <summary>
    /// Adds the WebSocket and CORS middleware and maps <c>/v3/directline/*</c>, <c>POST /api/webchat/token</c> and the
    /// chat page at <c>/</c>. Static files (the page's scripts) are the host's <c>UseStaticFiles</c>.
    /// </summary>
    public static WebApplication MapDirectLine(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // Created now, so that a missing signing key is reported at start rather than on the first visit.
        app.Services.GetRequiredService<DirectLineTokenService>();
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        app.UseCors();

        // One stateless filter instance: the generic AddEndpointFilter<T> would compile a factory with expression trees.
        var storageFailures = new StorageFailureFilter();
        var api = app.MapGroup(DirectLineUrls.BasePath).RequireCors(CorsPolicy).AddEndpointFilter(storageFailures);
        api.MapPost("/tokens/generate", TokenEndpoints.GenerateAsync);
        api.MapPost("/tokens/refresh", TokenEndpoints.RefreshAsync);
        api.MapPost("/conversations", ConversationEndpoints.StartAsync);
        api.MapGet("/conversations/{conversationId}", ConversationEndpoints.ReconnectAsync);
        api.MapPost("/conversations/{conversationId}/activities", ActivityEndpoints.PostAsync);
        api.MapGet("/conversations/{conversationId}/activities", ActivityEndpoints.GetAsync);
        api.MapPost("/conversations/{conversationId}/upload", ActivityEndpoints.Upload);
        api.MapGet("/conversations/{conversationId}/stream", StreamEndpoint.ConnectAsync);

        app.MapPost(WebChatEndpoints.TokenPath, WebChatEndpoints.TokenAsync).RequireCors(CorsPolicy).AddEndpointFilter(storageFailures);
        app.MapGet("/", WebChatEndpoints.PageAsync);
        return app;
    }

    private static IActivityLog CreateLog(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<DirectLineOptions>>().Value;
        var time = services.GetRequiredService<TimeProvider>();
        return options.StorageProvider.ToUpperInvariant() switch
        {
            "POSTGRES" => PostgresLog(services, time),
            "MEMORY" => new MemoryActivityLog(time),
            _ => new SqliteActivityLog(
                Path.Combine(services.GetRequiredService<IWebHostEnvironment>().ContentRootPath, options.SqlitePath), time,
                services.GetService<ILogger<SqliteActivityLog>>()),
        };
    }

    // Npgsql is touched only in the methods below, which run only when PostgreSQL is configured: a host on SQLite
    // never loads it (the JIT loads the types a method names when it compiles the method).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddPostgres(IServiceCollection services)
    {
        services.AddKeyedSingleton(DataSourceKey, (sp, _) => PostgresActivityLog.CreateDataSource(ConnectionString(sp)));
        services.AddHostedService(sp => new PostgresNotificationListener(
            ConnectionString(sp), sp.GetRequiredService<ConversationSignals>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<PostgresNotificationListener>>()));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IActivityLog PostgresLog(IServiceProvider services, TimeProvider time) =>
        new PostgresActivityLog(services.GetRequiredKeyedService<NpgsqlDataSource>(DataSourceKey), time);

    private static string ConnectionString(IServiceProvider services) =>
        services.GetRequiredService<IOptions<DirectLineOptions>>().Value.PostgresConnectionString!;
}
