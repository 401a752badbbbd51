using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BotService.Testing.Hosting;

/// <summary>
/// Starts the real host (<typeparamref name="TProgram"/>'s Program) on Kestrel at a free 127.0.0.1 port, with
/// the root appsettings.json plus per-test overrides, so tests talk to it over a real socket as the Emulator does.
/// </summary>
public sealed class BotHostFactory<TProgram> : WebApplicationFactory<TProgram> where TProgram : class
{
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _configureServices;

    public BotHostFactory(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null)
    {
        _settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>());
        _configureServices = configureServices;
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>The host's address, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress
    {
        get
        {
            StartServer();
            return ClientOptions.BaseAddress;
        }
    }

    /// <summary>The messaging endpoint, e.g. http://127.0.0.1:41234/api/messages.</summary>
    public Uri MessagesUrl => new(BaseAddress, "api/messages");

    public T Service<T>() where T : notnull => Services.GetRequiredService<T>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(_settings));
        if (_configureServices is not null)
        {
            builder.ConfigureServices(_configureServices);
        }
    }
}
