extern alias cli;

using cli::BotService.Cli.LoadTest;

namespace BotService.Resilience.Tests.Support;

/// <summary>
/// Kill -9 mid-load, restart, carry on: tracked conversations are played half way, a background load runs on the host,
/// the host is killed while that load is in flight, a new process starts on the same storage, and every tracked
/// conversation must finish from where it was with the expected triage outcome.
/// </summary>
public static class Restarts
{
    public static async Task KillMidLoadAndResumeAsync(IDictionary<string, string> environment)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var tracked = ScriptedConversation.Many(14, "tracked-" + Guid.NewGuid().ToString("N")[..8]);
        var host = await BotHostProcess.StartAsync(environment);
        try
        {
            foreach (var conversation in tracked)
            {
                while (conversation.Played < Math.Max(1, conversation.Script.Turns.Count / 2))
                {
                    Assert.Null(await conversation.PlayNextAsync(http, host.BaseAddress));
                }
            }

            using var stopNoise = new CancellationTokenSource();
            var noise = new LoadRunner(new LoadTestOptions(host.BaseAddress, 100_000, 8, Seed: 3, TimeLimit: TimeSpan.FromMinutes(3)))
                .RunAsync(stopNoise.Token);
            // Let the background load get going so the kill lands on turns in flight.
            await Task.Delay(TimeSpan.FromSeconds(3));
            await host.KillAsync();
            await stopNoise.CancelAsync();
            await noise;
        }
        finally
        {
            await host.DisposeAsync();
        }

        await using var restarted = await BotHostProcess.StartAsync(environment);
        foreach (var conversation in tracked)
        {
            while (!conversation.Finished)
            {
                var error = await conversation.PlayNextAsync(http, restarted.BaseAddress);
                Assert.True(error is null, error + "\n" + restarted.Output);
            }
        }
    }
}
