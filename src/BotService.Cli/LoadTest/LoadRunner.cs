using System.Diagnostics;

namespace BotService.Cli.LoadTest;

/// <summary>
/// Plays whole scripted conversations against the host: <c>Concurrency</c> workers each take the next conversation,
/// play its turns in order (a person waits for the answer before typing again), time and check every reply.
/// Conversation and user ids are unique per run and per conversation. Against <c>/api/messages</c> with
/// <c>expectReplies</c> (<see cref="MessagesPlayer"/>), or as Web Chat does through Direct Line
/// (<see cref="DirectLinePlayer"/>, or <see cref="DirectLineStreamPlayer"/> reading the WebSocket stream) when a Direct
/// Line secret is given.
/// </summary>
public sealed class LoadRunner(LoadTestOptions options, IReadOnlyList<ConversationScript>? scripts = null)
{
    private const int KeptErrorDescriptions = 10;
    private readonly IReadOnlyList<ConversationScript> _scripts = scripts ?? TriageScripts.All;
    private readonly string _runId = Guid.NewGuid().ToString("N")[..10];

    public async Task<LoadReport> RunAsync(CancellationToken cancellationToken)
    {
        if (!LoadTestOptions.IsLoopback(options.BaseUrl))
        {
            throw new ArgumentException("The load tool only targets a host on this machine (a loopback address).");
        }

        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = options.Concurrency,
            PooledConnectionLifetime = TimeSpan.FromMinutes(10),
            ConnectTimeout = TimeSpan.FromSeconds(10),
            UseProxy = false,
            UseCookies = false,
            AllowAutoRedirect = false,
        };
        using var http = new HttpClient(handler) { Timeout = options.EffectiveRequestTimeout };
        // The streams have their own connections: held open for a whole conversation, they must not take the posts' places.
        using var sockets = new HttpMessageInvoker(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(10), UseProxy = false, UseCookies = false });
        var messages = new Uri(options.BaseUrl, "api/messages");
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(options.EffectiveTimeLimit);

        if (options.WarmupConversations > 0)
        {
            await RunPhaseAsync(http, sockets, messages, "warmup", options.WarmupConversations, limit.Token).ConfigureAwait(false);
        }

        var probe = options.HostPid is { } pid ? new LocalProcessProbe(pid) : null;
        var loadBefore = LocalProcessProbe.LoadAverage();
        var cpuBefore = probe?.CpuTime();
        var database = options.DatabasePid is { } databasePid ? new LocalProcessProbe(databasePid) : null;
        var databaseCpuBefore = database?.CpuTimeWithChildren();
        var toolCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var started = Stopwatch.GetTimestamp();
        var phase = await RunPhaseAsync(http, sockets, messages, "run", options.Conversations, limit.Token).ConfigureAwait(false);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var toolCpu = Process.GetCurrentProcess().TotalProcessorTime - toolCpuBefore;
        var cpu = probe is null ? (TimeSpan?)null : probe.CpuTime() - cpuBefore!.Value;
        var databaseCpu = database is null ? (TimeSpan?)null : database.CpuTimeWithChildren() - databaseCpuBefore!.Value;
        var memory = probe?.Memory();
        return new LoadReport(options.Conversations, phase.Completed, phase.Turns, phase.Errors, phase.FirstErrors, elapsed,
            new LatencyStats(phase.Latencies), cpu, memory?.PeakBytes, memory?.ResidentBytes, loadBefore,
            LocalProcessProbe.LoadAverage(), limit.IsCancellationRequested, toolCpu, databaseCpu);
    }

    private async Task<PhaseResult> RunPhaseAsync(HttpClient http, HttpMessageInvoker sockets, Uri messages, string phase, int count, CancellationToken cancellationToken)
    {
        var result = new PhaseResult(count * 5);
        var next = -1;
        var workers = Enumerable.Range(0, Math.Min(options.Concurrency, count)).Select(_ => Task.Run(async () =>
        {
            var latencies = new List<long>(1024);
            int index;
            while ((index = Interlocked.Increment(ref next)) < count && !cancellationToken.IsCancellationRequested)
            {
                var outcome = await PlayAsync(http, sockets, messages, $"{phase}-{index}", index, latencies, cancellationToken).ConfigureAwait(false);
                result.Add(outcome);
            }

            result.AddLatencies(latencies);
        }, CancellationToken.None));
        await Task.WhenAll(workers).ConfigureAwait(false);
        return result;
    }

    private Task<ConversationOutcome> PlayAsync(HttpClient http, HttpMessageInvoker sockets, Uri messages, string name, int index, List<long> latencies, CancellationToken cancellationToken)
    {
        var script = _scripts[new Random(HashCode.Combine(options.Seed, index)).Next(_scripts.Count)];
        var conversation = new ScriptedConversation(script, $"load-{_runId}-{name}", $"user-{_runId}-{name}", latencies);
        return options.DirectLineSecret switch
        {
            null => MessagesPlayer.PlayAsync(http, messages, conversation, cancellationToken),
            { } secret when options.DirectLineStream => DirectLineStreamPlayer.PlayAsync(http, sockets, options.BaseUrl, secret, conversation, cancellationToken),
            { } secret => DirectLinePlayer.PlayAsync(http, options.BaseUrl, secret, conversation, cancellationToken),
        };
    }

    private sealed class PhaseResult(int capacity)
    {
        private readonly Lock _lock = new();
        private readonly List<string> _firstErrors = [];

        public List<long> Latencies { get; } = new(capacity);

        public int Completed { get; private set; }

        public int Turns { get; private set; }

        public int Errors { get; private set; }

        public IReadOnlyList<string> FirstErrors => _firstErrors;

        public void Add(ConversationOutcome outcome)
        {
            lock (_lock)
            {
                Turns += outcome.Turns;
                Completed += outcome.Completed ? 1 : 0;
                if (outcome.Error is not null)
                {
                    Errors++;
                    if (_firstErrors.Count < KeptErrorDescriptions)
                    {
                        _firstErrors.Add(outcome.Error);
                    }
                }
            }
        }

        public void AddLatencies(List<long> latencies)
        {
            lock (_lock)
            {
                Latencies.AddRange(latencies);
            }
        }
    }
}
