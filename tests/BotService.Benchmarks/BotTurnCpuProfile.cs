extern alias cli;
using System.Net.Http.Headers;
using cli::BotService.Cli.LoadTest;

namespace BotService.Benchmarks;

/// <summary>
/// The whole product turn in one process: the real host (its Program, middleware, dialogs, triage, content and
/// state) on ASP.NET Core's in-memory test server, fed the load tool's triage conversations one turn at a time, every
/// reply checked. Reports process CPU time and bytes allocated per turn. Without sockets and without a second
/// process it isolates what the host itself spends per turn from the kernel's loopback work the load tool also pays,
/// and a profiler attached to it sees only the host. Run:
/// dotnet run -c Release --project tests/BotService.Benchmarks -- bot-cpu [conversations] [Memory|Sqlite] [types]
/// </summary>
public static class BotTurnCpuProfile
{
    /// <param name="showTypes">Also print which types take the allocated bytes (sampled by the runtime, about every 100 KB).</param>
    public static Task RunAsync(int conversations, string provider, bool showTypes = false) =>
        ProductTurnMeter.MeasureAsync(provider, Math.Max(200, conversations / 5), conversations, showTypes, host =>
        {
            var client = host.CreateClient();
            return (count, run) => PlayAsync(client, count, run);
        });

    private static async Task<int> PlayAsync(HttpClient client, int conversations, string run)
    {
        var turns = 0;
        var start = DateTimeOffset.UtcNow;
        for (var c = 0; c < conversations; c++)
        {
            var script = TriageScripts.All[c % TriageScripts.All.Count];
            var conversationId = $"bench-{run}-{c}";
            for (var t = 0; t < script.Turns.Count; t++)
            {
                var body = ActivityBody.Write(script.Turns[t], conversationId, $"user-{run}-{c}", t, start);
                using var content = new ByteArrayContent(body);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content).ConfigureAwait(false);
                var reply = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
                var expected = t == script.Turns.Count - 1 ? script.ExpectedDisposition : null;
                if (ReplyChecker.Check(response.StatusCode, reply, expected) is { } problem)
                {
                    throw new InvalidOperationException($"{script.Name} turn {t}: {problem}");
                }

                turns++;
            }
        }

        return turns;
    }
}
