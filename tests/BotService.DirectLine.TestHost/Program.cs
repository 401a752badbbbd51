using System.Diagnostics;
using BotService.Protocol;
using BotService.Testing.DirectLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

// Runs the real host's entry point in this process, with one change: the test-only ScriptedTestBot answers instead
// of whatever bot the host registers. The hook is the "HostBuilding" diagnostic event that WebApplicationFactory uses.
using var subscription = DiagnosticListener.AllListeners.Subscribe(new HostBuildingObserver());
var entryPoint = System.Reflection.Assembly.Load("BotService.Host").EntryPoint ?? throw new InvalidOperationException("The host has no entry point.");
entryPoint.Invoke(null, [args]);

internal sealed class HostBuildingObserver : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
{
    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == "Microsoft.Extensions.Hosting")
        {
            value.Subscribe(this);
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == "HostBuilding" && value.Value is IHostBuilder builder)
        {
            builder.ConfigureServices(services =>
            {
                services.RemoveAll<IBot>();
                services.AddSingleton<IBot, ScriptedTestBot>();
            });
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }
}
