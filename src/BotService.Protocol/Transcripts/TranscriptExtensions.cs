using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BotService.Protocol.Transcripts;

/// <summary>Registers the transcript logger (off unless <c>Transcripts:Enabled</c>); call it before the state middleware.</summary>
public static class TranscriptExtensions
{
    public static IServiceCollection AddTranscripts(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<TranscriptOptions>()
            .Bind(configuration.GetSection(TranscriptOptions.SectionName))
            .Validate(o => !o.Enabled || !string.IsNullOrWhiteSpace(o.Folder), "Transcripts:Folder is required when Transcripts:Enabled is true.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp =>
        {
            var folder = sp.GetRequiredService<IOptions<TranscriptOptions>>().Value.Folder;
            var root = sp.GetService<IHostEnvironment>()?.ContentRootPath ?? AppContext.BaseDirectory;
            return new FileTranscriptStore(Path.IsPathRooted(folder) ? folder : Path.Combine(root, folder));
        });
        services.AddSingleton<IMiddleware, TranscriptLoggerMiddleware>();
        return services;
    }
}
