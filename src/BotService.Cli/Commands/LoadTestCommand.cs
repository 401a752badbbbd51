using System.CommandLine;
using BotService.Cli.LoadTest;

namespace BotService.Cli.Commands;

/// <summary>
/// <c>botservice loadtest --url http://127.0.0.1:3978 --conversations N --concurrency C [--pid P] [--database-pid D]
/// [--seed S] [--directline-secret S [--websocket]]</c>: whole triage conversations against a host on this machine (through /api/messages, or
/// through Direct Line as Web Chat talks to it), with turns/s, latency percentiles, errors and, given
/// the host's process id, its CPU time per turn and memory (and a local database server's CPU time per turn). Exit code 0 only when every reply was right.
/// </summary>
public static class LoadTestCommand
{
    public const int ErrorsExitCode = 1;

    public static Command Create()
    {
        var url = new Option<string>("--url") { Description = "The host's base address (loopback only)", DefaultValueFactory = _ => "http://127.0.0.1:3978" };
        var conversations = new Option<int>("--conversations") { Description = "Measured conversations", DefaultValueFactory = _ => 1000 };
        var concurrency = new Option<int>("--concurrency") { Description = "Conversations in flight at once", DefaultValueFactory = _ => 16 };
        var warmup = new Option<int>("--warmup") { Description = "Conversations played first and not measured (JIT, pools, caches)", DefaultValueFactory = _ => 0 };
        var pid = new Option<int?>("--pid") { Description = "The host's process id: report its CPU time per turn and its memory" };
        var databasePid = new Option<int?>("--database-pid")
        {
            Description = "A database server on this machine (PostgreSQL's postmaster): report its CPU time per turn, with its connection processes'",
        };
        var seed = new Option<int>("--seed") { Description = "Chooses which script each conversation plays", DefaultValueFactory = _ => 1 };
        var timeLimit = new Option<int>("--time-limit") { Description = "Stop after this many seconds", DefaultValueFactory = _ => 1800 };
        var directLine = new Option<string?>("--directline-secret")
        {
            Description = "Play through the host's Direct Line endpoint, as Web Chat does, with this secret (the host's DirectLine:Secret)",
        };
        var webSocket = new Option<bool>("--websocket")
        {
            Description = "With --directline-secret: read the replies from each conversation's WebSocket stream (Web Chat's default) instead of polling",
        };
        var command = new Command("loadtest", "Play whole triage conversations against /api/messages (or Direct Line) and report speed, errors, CPU and memory")
        {
            url, conversations, concurrency, warmup, pid, databasePid, seed, timeLimit, directLine, webSocket,
        };
        command.SetAction((parse, cancellationToken) => Uri.TryCreate(parse.GetValue(url), UriKind.Absolute, out var baseUrl)
            ? RunAsync(new LoadTestOptions(
                baseUrl,
                Math.Clamp(parse.GetValue(conversations), 1, LoadTestOptions.MaxConversations),
                Math.Clamp(parse.GetValue(concurrency), 1, LoadTestOptions.MaxConcurrency),
                parse.GetValue(seed),
                Math.Clamp(parse.GetValue(warmup), 0, LoadTestOptions.MaxConversations),
                parse.GetValue(pid),
                TimeSpan.FromSeconds(Math.Clamp(parse.GetValue(timeLimit), 1, 24 * 3600)),
                DirectLineSecret: string.IsNullOrEmpty(parse.GetValue(directLine)) ? null : parse.GetValue(directLine),
                DatabasePid: parse.GetValue(databasePid),
                DirectLineStream: parse.GetValue(webSocket)),
                parse.InvocationConfiguration.Output,
                parse.InvocationConfiguration.Error,
                cancellationToken)
            : BadUrlAsync(parse.InvocationConfiguration.Error));
        return command;
    }

    private static async Task<int> BadUrlAsync(TextWriter error)
    {
        await error.WriteLineAsync("--url must be an absolute address such as http://127.0.0.1:3978.").ConfigureAwait(false);
        return 2;
    }

    private static async Task<int> RunAsync(LoadTestOptions options, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!LoadTestOptions.IsLoopback(options.BaseUrl))
        {
            await error.WriteLineAsync($"--url must be a loopback address (127.0.0.1, [::1] or localhost), not {options.BaseUrl.Host}.").ConfigureAwait(false);
            return 2;
        }

        if (options.HostPid is { } pid && !new LocalProcessProbe(pid).Exists)
        {
            await error.WriteLineAsync($"--pid {pid}: no such process on this machine.").ConfigureAwait(false);
            return 2;
        }

        if (options.DatabasePid is { } database && !new LocalProcessProbe(database).Exists)
        {
            await error.WriteLineAsync($"--database-pid {database}: no such process on this machine.").ConfigureAwait(false);
            return 2;
        }

        if (options.DirectLineStream && options.DirectLineSecret is null)
        {
            await error.WriteLineAsync("--websocket needs --directline-secret: the stream is Direct Line's.").ConfigureAwait(false);
            return 2;
        }

        var channel = options.DirectLineSecret is null ? "/api/messages (expectReplies)"
            : options.DirectLineStream ? "Direct Line (WebSocket stream)" : "Direct Line (polling)";
        output.WriteLine($"loadtest {options.BaseUrl} via {channel} conversations {options.Conversations} concurrency {options.Concurrency} warmup {options.WarmupConversations} seed {options.Seed}");
        var report = await new LoadRunner(options).RunAsync(cancellationToken).ConfigureAwait(false);
        report.Print(output);
        return report.Errors == 0 && !report.TimedOut ? 0 : ErrorsExitCode;
    }
}
