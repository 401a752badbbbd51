using BotService.Testing.Hosting;

namespace BotService.Resilience.Tests.Support;

/// <summary>The real host in the test process on loopback Kestrel, state in a fresh SQLite file unless told otherwise.</summary>
public static class RealHost
{
    public static BotHostFactory<Program> Start(string folder, IDictionary<string, string?>? settings = null,
        Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? configureServices = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:SqlitePath"] = Path.Combine(folder, "botstate.db"),
            ["DirectLine:SqlitePath"] = Path.Combine(folder, "directline.db"),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var host = new BotHostFactory<Program>(all, configureServices);
        _ = host.BaseAddress;
        return host;
    }
}
