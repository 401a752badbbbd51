using BotService.Testing.Hosting;

namespace BotService.Resilience.Tests.Support;

/// <summary>The real host as an operator runs it: <c>BotService.Host.dll</c> from its own build output, rate limits off.</summary>
public static class BotHostProcess
{
    public static Task<HostProcess> StartAsync(IDictionary<string, string> environment) =>
        HostProcess.StartAsync(Dll, WithLimitsOff(environment), async http =>
        {
            // An empty POST is answered 4xx by a host that is up.
            using var response = await http.PostAsync(new Uri("api/messages", UriKind.Relative), null);
            return (int)response.StatusCode is >= 400 and < 500;
        });

    /// <summary>Runs a host that must refuse to start until it exits: its exit code and output.</summary>
    public static Task<(int ExitCode, string Output)> RunToExitAsync(IDictionary<string, string> environment) =>
        HostProcess.RunToExitAsync(Dll, WithLimitsOff(environment));

    private static string Dll => HostProcess.BuildOutput("src/BotService.Host", "BotService.Host.dll");

    private static Dictionary<string, string> WithLimitsOff(IDictionary<string, string> environment)
    {
        // Load and restart tests send faster than a person types; a test that wants the limits sets them back on.
        var settings = new Dictionary<string, string> { ["RateLimits__Enabled"] = "false" };
        foreach (var (key, value) in environment)
        {
            settings[key] = value;
        }

        return settings;
    }
}
