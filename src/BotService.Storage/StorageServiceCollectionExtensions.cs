using BotService.Storage.Memory;
using BotService.Storage.Postgres;
using BotService.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotService.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <see cref="IStorage"/> chosen by <c>Storage:Provider</c>, validated at start-up (options and a
    /// connection check), and a background purge of expired items. Needs an <see cref="IHostEnvironment"/> for the
    /// content root that a relative <c>Storage:SqlitePath</c> is resolved against.
    /// </summary>
    public static IServiceCollection AddBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>>(new StorageOptionsValidator(configuration));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IStorage>(sp => Create(sp, configuration));
        services.AddHostedService<StorageStartupCheck>();
        services.AddHostedService<StoragePurgeService>();
        return services;
    }

    private static IStorage Create(IServiceProvider services, IConfiguration configuration)
    {
        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var time = services.GetRequiredService<TimeProvider>();
        return options.GetProvider() switch
        {
            StorageProvider.Memory => new MemoryStorage(time, options.Expiry),
            StorageProvider.Postgres => new PostgresStorage(configuration.GetConnectionString(StorageOptions.PostgresConnectionStringName)!, time, options.Expiry),
            _ => new SqliteStorage(ResolvePath(services, options.SqlitePath), time, options.Expiry, services.GetService<ILogger<SqliteStorage>>()),
        };
    }

    private static string ResolvePath(IServiceProvider services, string path)
    {
        var contentRoot = services.GetService<IHostEnvironment>()?.ContentRootPath ?? AppContext.BaseDirectory;
        return Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(contentRoot, path));
    }
}
