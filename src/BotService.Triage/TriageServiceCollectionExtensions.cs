using BotService.Triage.Evaluation;
using BotService.Triage.Extraction;
using BotService.Triage.Options;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotService.Triage;

/// <summary>Registers the triage library: options (validated at start-up), rules, extractor, evaluator, regions.</summary>
public static class TriageServiceCollectionExtensions
{
    public static IServiceCollection AddTriage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<TriageOptions>()
            .Bind(configuration.GetSection(TriageOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TriageOptions>, TriageOptionsValidator>(
            sp => new TriageOptionsValidator(sp.GetService<IHostEnvironment>())));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(Lexicon.Default);
        services.TryAddSingleton(sp =>
        {
            var rules = TriageRulesSource.Load(
                sp.GetRequiredService<IOptions<TriageOptions>>().Value, sp.GetService<IHostEnvironment>()?.ContentRootPath);
            var logger = sp.GetService<ILoggerFactory>()?.CreateLogger("BotService.Triage");
            if (logger is not null)
            {
                TriageLog.RulesLoaded(logger, rules.Rules.Count, rules.Rules.Count(r => r.Inference));
            }

            return rules;
        });
        services.TryAddSingleton<FindingExtractor>();
        services.TryAddSingleton<TriageEvaluator>();
        services.TryAddSingleton<TriageEngine>();
        services.TryAddSingleton<RegionResolver>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, TriageWarmUp>());
        return services;
    }
}
