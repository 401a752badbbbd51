using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace BotService.Host.Tests;

/// <summary>`dotnet run` listens on http://localhost:3978 without launch profiles; --urls and the environment win.</summary>
public sealed class DefaultUrlTests
{
    [Fact]
    public void ListensOnTheBotFrameworkPortWhenNoAddressIsConfigured()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], EnvironmentName = "Testing" });
        builder.Configuration["urls"] = null;
        builder.Configuration["http_ports"] = null;
        builder.Configuration["https_ports"] = null;
        builder.WebHost.UseDefaultBotUrl(builder.Configuration);
        Assert.Equal("http://localhost:3978", builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey));
    }

    [Theory]
    [InlineData("--urls", "http://127.0.0.1:5055")]
    [InlineData("--http_ports", "8080")]
    public void LeavesAConfiguredAddressAlone(string option, string value)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [option, value], EnvironmentName = "Testing" });
        builder.WebHost.UseDefaultBotUrl(builder.Configuration);
        Assert.NotEqual("http://localhost:3978", builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey));
    }
}
