using System.Net;
using BotService.Protocol;
using BotService.Testing.DirectLine;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BotService.WebChat.Tests;

/// <summary>
/// The real host (its Program, page, static files and Direct Line endpoint) on Kestrel on a loopback port, so that
/// Chromium can load it. With <c>useProductBot: false</c> a test-only bot replaces whatever bot the host has, for
/// transport tests whose replies must be predictable; with true, the product's own bot answers.
/// </summary>
public sealed class WebChatHostFactory(bool useProductBot, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    public const string EmergencyNumber = "999";
    public const string BotName = "Twitch Helper";

    private readonly string _dataFolder = Directory.CreateTempSubdirectory("webchat-host-").FullName;

    public Uri Start()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:Provider", "Sqlite");
        builder.UseSetting("DirectLine:SqlitePath", Path.Combine(_dataFolder, "directline.db"));
        builder.UseSetting("DirectLine:Page:EmergencyNumber", EmergencyNumber);
        builder.UseSetting("DirectLine:Page:BotName", BotName);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            if (!useProductBot)
            {
                services.RemoveAll<IBot>();
                services.AddSingleton<IBot, ScriptedTestBot>();
            }
        });
    }
}
