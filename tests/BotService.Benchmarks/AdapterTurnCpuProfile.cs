extern alias cli;
using System.Net;
using System.Text.Json;
using BotService.Protocol;
using BotService.Protocol.Hosting;
using BotService.Protocol.Schema;
using cli::BotService.Cli.LoadTest;
using Microsoft.Extensions.DependencyInjection;

namespace BotService.Benchmarks;

/// <summary>
/// The product turn without HTTP: the real host's adapter, middleware, bot, dialogs, triage, content and state,
/// fed the load tool's conversations on one thread. The activity is parsed from the same bytes the load tool posts
/// and the expectReplies body serialised as the endpoint does, every reply checked. Without Kestrel, sockets and a
/// test client it shows what the bot itself spends per turn, and a profiler sees one coherent call stack.
/// Run: dotnet run -c Release --project tests/BotService.Benchmarks -- adapter-cpu [conversations] [Memory|Sqlite] [types|warm-up]
/// The warm-up is the larger of 1,000 conversations and half the measured ones unless given (scripts/instructions.sh gives a short
/// one: without tiered compilation there is nothing to wait for).
/// </summary>
public static class AdapterTurnCpuProfile
{
    public static Task RunAsync(int conversations, string provider, bool showTypes = false, int? warmup = null) =>
        ProductTurnMeter.MeasureAsync(provider, warmup ?? Math.Max(1000, conversations / 2), conversations, showTypes, host =>
        {
            var adapter = host.Services.GetRequiredService<CloudAdapter>();
            var bot = host.Services.GetRequiredService<IBot>();
            return (count, run) => PlayAsync(adapter, bot, count, run);
        });

    private static async Task<int> PlayAsync(CloudAdapter adapter, IBot bot, int conversations, string run)
    {
        var turns = 0;
        var start = DateTimeOffset.UtcNow;
        for (var c = 0; c < conversations; c++)
        {
            var script = TriageScripts.All[c % TriageScripts.All.Count];
            var conversationId = $"adapter-{run}-{c}";
            for (var t = 0; t < script.Turns.Count; t++)
            {
                var body = ActivityBody.Write(script.Turns[t], conversationId, $"user-{run}-{c}", t, start);
                var activity = JsonSerializer.Deserialize<BotService.Protocol.Schema.Activity>(body, BotJson.Options)!;
                var result = await adapter.ProcessActivityAsync(null, activity, bot.OnTurnAsync, CancellationToken.None).ConfigureAwait(false);
                var reply = result.Body is null ? [] : JsonSerializer.SerializeToUtf8Bytes(result.Body, BotJson.Options);
                var expected = t == script.Turns.Count - 1 ? script.ExpectedDisposition : null;
                if (ReplyChecker.Check((HttpStatusCode)result.Status, reply, expected) is { } problem)
                {
                    throw new InvalidOperationException($"{script.Name} turn {t}: {problem}");
                }

                turns++;
            }
        }

        return turns;
    }
}
