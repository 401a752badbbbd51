using BotService.Triage.Options;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BotService.Triage.Tests;

/// <summary>AddTriage binds the root appsettings.json, validates it at start-up and picks regions by locale.</summary>
public sealed class RegionAndStartupTests
{
    private static string RootSettings()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BotService.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("repository root not found"), "appsettings.json");
    }

    private static IHost Build(Action<IConfigurationBuilder>? extra = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddJsonFile(RootSettings(), optional: false);
        extra?.Invoke(builder.Configuration);
        builder.Services.AddTriage(builder.Configuration);
        return builder.Build();
    }

    [Theory]
    [InlineData("en-US", "911")]
    [InlineData("en-GB", "999")]
    [InlineData("en_gb", "999")]
    [InlineData("de-DE", "112")]
    [InlineData("fr-FR", "112")]
    [InlineData("en-IE", "112")]
    [InlineData("fr-CA", "911")]
    [InlineData(null, "911")]
    [InlineData("", "911")]
    public void PicksTheEmergencyNumberByLocaleWithTheConfiguredDefault(string? locale, string number)
    {
        using var host = Build();

        var region = host.Services.GetRequiredService<RegionResolver>().Resolve(locale);

        Assert.Equal(number, region.EmergencyNumber);
    }

    [Fact]
    public void UsesNhs111WordingForTheUk()
    {
        using var host = Build();

        var region = host.Services.GetRequiredService<RegionResolver>().Resolve("en-GB");

        Assert.Contains("NHS 111", region.Options.UrgentCare, StringComparison.Ordinal);
        Assert.Equal("GP", region.Options.Doctor);
    }

    [Fact]
    public async Task StartsWithTheRootSettingsAndServesTheEngine()
    {
        using var host = Build();
        await host.StartAsync();

        var decision = host.Services.GetRequiredService<TriageEngine>().Update(new Findings.Findings(), "crushing chest pain");

        Assert.Equal(TriageLevel.Emergency, decision.Level);
        await host.StopAsync();
    }

    [Fact]
    public async Task RefusesToStartWhenTheDefaultRegionIsMissing()
    {
        using var host = Build(c => c.AddInMemoryCollection(new Dictionary<string, string?> { ["Triage:DefaultRegion"] = "mars" }));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("'mars'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusesToStartWithAMalformedEmergencyNumber()
    {
        using var host = Build(c => c.AddInMemoryCollection(new Dictionary<string, string?> { ["Triage:Regions:uk:EmergencyNumber"] = "nine nine nine" }));

        await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
    }

    [Fact]
    public void GivesTheUkEmergencyAdviceWithItsNumber()
    {
        using var host = Build();

        var region = host.Services.GetRequiredService<RegionResolver>().Resolve("en-GB");

        Assert.Equal("999", region.EmergencyNumber);
        Assert.Equal("Call 999 now, or go straight to A&E if that is faster and safe.", region.Options.EmergencyAdvice);
    }

    [Theory]
    [InlineData("Call 911 now, or go straight to A&E if that is faster and safe.")]
    [InlineData("Call 9990 now.")]
    public async Task RefusesToStartWhenTheEmergencyAdviceDoesNotNameTheRegionsNumber(string advice)
    {
        using var host = Build(c => c.AddInMemoryCollection(new Dictionary<string, string?> { ["Triage:Regions:uk:EmergencyAdvice"] = advice }));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Triage:Regions:uk: EmergencyAdvice must name the region's EmergencyNumber (999)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusesToStartWhenTheRulesFileNamesAnUnknownFinding()
    {
        var path = Path.Combine(Path.GetTempPath(), $"triage-rules-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, """
            { "thresholds": {}, "default": { "id": "C0", "row": "default", "level": "selfcare", "reason": "r", "rationale": "r", "source": "s" },
              "rules": [ { "id": "S1", "row": "S1", "level": "soon", "when": "wobbliness", "reason": "r", "rationale": "r", "source": "s" } ] }
            """);
        try
        {
            using var host = Build(c => c.AddInMemoryCollection(new Dictionary<string, string?> { ["Triage:RulesPath"] = path }));

            var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

            Assert.Contains("unknown finding name 'wobbliness'", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
