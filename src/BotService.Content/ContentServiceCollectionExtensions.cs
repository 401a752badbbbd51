using BotService.Content.Loading;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotService.Content;

public static class ContentServiceCollectionExtensions
{
    /// <summary>
    /// Registers the content base (loaded and validated from <see cref="ContentOptions.DataPath"/>) and the
    /// <see cref="IContentAnswerer"/>. Both are built when the host starts, so broken content stops start-up with
    /// a list of every problem instead of failing in the middle of a conversation.
    /// </summary>
    public static IServiceCollection AddContentBase(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ContentOptions>()
            .Bind(configuration.GetSection(ContentOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => Directory.Exists(o.ResolveDataPath()), "Content:DataPath must name an existing folder.")
            .ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ContentOptions>>().Value;
            var path = options.ResolveDataPath();
            var contentBase = ContentLoader.Load(path);
            ContentLog.Loaded(sp.GetRequiredService<ILogger<ContentBase>>(), contentBase.Entries.Count, contentBase.Sources.Count, path);
            return contentBase;
        });
        services.AddSingleton(sp => new ContentAnswerer(
            sp.GetRequiredService<ContentBase>(),
            sp.GetRequiredService<IOptions<ContentOptions>>().Value,
            sp.GetRequiredService<ILogger<ContentAnswerer>>()));
        services.AddSingleton<IContentAnswerer>(sp => sp.GetRequiredService<ContentAnswerer>());
        services.AddHostedService<ContentStartup>();
        return services;
    }

    /// <summary>Builds the content base and index while the host starts.</summary>
    private sealed class ContentStartup(IServiceProvider services) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            _ = services.GetRequiredService<IContentAnswerer>();
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
