using Microsoft.Extensions.Options;

namespace BotService.Triage.Options;

/// <summary>
/// Picks the region for an activity locale: an exact locale tag first ("en-GB"), then the locale's country
/// ("de-DE" -> "DE"), then the configured default. Locale matching ignores case and accepts "_" for "-".
/// </summary>
public sealed class RegionResolver(IOptions<TriageOptions> options)
{
    public ResolvedRegion Resolve(string? locale)
    {
        var settings = options.Value;
        var tag = (locale ?? string.Empty).Trim().Replace('_', '-');
        var country = tag.Split('-', StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } parts ? parts[^1] : null;
        foreach (var (name, region) in settings.Regions)
        {
            if (region.Locales.Exists(l => string.Equals(l, tag, StringComparison.OrdinalIgnoreCase)))
            {
                return new ResolvedRegion(name, region);
            }
        }

        foreach (var (name, region) in settings.Regions)
        {
            if (country is not null && region.Countries.Exists(c => string.Equals(c, country, StringComparison.OrdinalIgnoreCase)))
            {
                return new ResolvedRegion(name, region);
            }
        }

        return new ResolvedRegion(settings.DefaultRegion, settings.Regions[settings.DefaultRegion]);
    }
}
