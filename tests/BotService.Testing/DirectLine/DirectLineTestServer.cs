using BotService.DirectLine;
using BotService.Protocol;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BotService.Testing.DirectLine;

/// <summary>
/// A real Kestrel server on a loopback port running only the Direct Line endpoint and a test bot, for protocol-level
/// tests with HttpClient and ClientWebSocket. Storage defaults to a SQLite file in a fresh temporary folder.
/// </summary>
public sealed class DirectLineTestServer : IAsyncDisposable
{
    public const string Secret = "test-secret-0123456789-abcdefghijklmnop";

    /// <summary>A fixed key so that a restarted server (same folder) accepts the tokens of the first.</summary>
    public const string SigningKey = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    private readonly WebApplication _app;

    private DirectLineTestServer(WebApplication app, Uri baseAddress, string contentRoot)
    {
        _app = app;
        BaseAddress = baseAddress;
        ContentRoot = contentRoot;
    }

    public Uri BaseAddress { get; }

    public string ContentRoot { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<DirectLineTestServer> StartAsync(
        IDictionary<string, string?>? settings = null, IBot? bot = null, TimeProvider? time = null, string? contentRoot = null,
        Action<IServiceCollection>? configureServices = null)
    {
        contentRoot ??= Directory.CreateTempSubdirectory("directline-test-").FullName;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = contentRoot, EnvironmentName = "Development" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var configuration = new Dictionary<string, string?>
        {
            ["DirectLine:Secret"] = Secret,
            ["DirectLine:TokenSigningKey"] = SigningKey,
            ["Storage:Provider"] = "Sqlite",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(configuration);
        if (time is not null)
        {
            builder.Services.AddSingleton(time);
        }

        builder.Services.AddSingleton(bot ?? new ScriptedTestBot());
        builder.Services.AddDirectLine(builder.Configuration);
        configureServices?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapDirectLine();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new DirectLineTestServer(app, new Uri(address), contentRoot);
    }

    public DirectLineTestClient CreateClient() => new(BaseAddress);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
