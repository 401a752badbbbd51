using Microsoft.Extensions.Hosting;

namespace BotService.Triage;

/// <summary>
/// Reads one message in the background at start-up, so the first person does not wait while the lexicon's patterns
/// are compiled and jitted. Start-up itself is not delayed.
/// </summary>
internal sealed class TriageWarmUp(TriageEngine engine, TimeProvider time) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = Task.Run(
            () => engine.Update(new Findings.Findings(), "my left eyelid has twitched for 3 days, no chest pain, lots of coffee", time.GetUtcNow()),
            CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
