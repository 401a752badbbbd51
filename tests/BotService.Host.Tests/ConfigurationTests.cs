using BotService.Host.Tests.Support;
using BotService.Protocol.Authentication;
using BotService.Protocol.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BotService.Host.Tests;

/// <summary>The host reads the one root appsettings.json into validated options (style.md §4.1).</summary>
public sealed class ConfigurationTests
{
    [Fact]
    public async Task BindsSettingsFromTheRootAppSettingsFile()
    {
        await using var harness = await HostHarness.StartAsync();
        var auth = harness.Host.Service<IOptions<BotAuthenticationOptions>>().Value;
        var bot = harness.Host.Service<IOptions<BotOptions>>().Value;
        var environment = harness.Host.Service<IHostEnvironment>();

        // "MultiTenant" has no code default: it can only come from the root file.
        Assert.Equal("MultiTenant", auth.MicrosoftAppType);
        Assert.True(auth.IsAnonymous);
        Assert.Equal(262144, bot.MaxRequestBodyBytes);
        Assert.True(File.Exists(Path.Combine(environment.ContentRootPath, "appsettings.json")));
    }

    [Fact]
    public async Task OverridesFromTheEnvironmentOrCommandLineWin()
    {
        await using var harness = await HostHarness.StartAsync(new Dictionary<string, string?> { ["Bot:TypingPeriodMilliseconds"] = "3000" });
        Assert.Equal(3000, harness.Host.Service<IOptions<BotOptions>>().Value.TypingPeriodMilliseconds);
    }

    [Theory]
    [InlineData("Bot:MaxRequestBodyBytes", "5")]
    [InlineData("MicrosoftAppType", "SingleTenant")]
    [InlineData("MicrosoftAppType", "UserAssignedMSI")]
    public async Task RefusesToStartWithInvalidSettings(string key, string value)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [key] = value,
            ["MicrosoftAppId"] = key == "MicrosoftAppType" ? "some-app" : null,
            ["MicrosoftAppPassword"] = key == "MicrosoftAppType" ? "secret" : null,
        });
        builder.Services.AddBotRuntime(builder.Configuration);
        using var host = builder.Build();
        await Assert.ThrowsAnyAsync<OptionsValidationException>(() => host.StartAsync());
    }
}
