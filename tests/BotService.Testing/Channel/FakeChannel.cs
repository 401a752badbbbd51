using System.Collections.Concurrent;
using System.Net;
using BotService.Protocol.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace BotService.Testing.Channel;

/// <summary>
/// An Emulator-like channel on loopback Kestrel: implements the Connector routes the Emulator implements
/// (protocol.md §2.2), records what the bot sends, stamps ids as a channel does, and can be told to answer
/// with failures (429 with Retry-After, 5xx) to exercise retries. Use its <see cref="ServiceUrl"/> as the
/// activity's serviceUrl.
/// </summary>
public sealed partial class FakeChannel : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(HttpStatusCode Status, string? RetryAfter)> _failures = new();
    private readonly ConcurrentQueue<TimeSpan> _delays = new();
    private readonly List<ReceivedActivity> _received = [];
    private readonly Dictionary<string, Activity> _byId = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _signal = new(0);

    private FakeChannel(WebApplication app) => _app = app;

    public string ServiceUrl { get; private set; } = string.Empty;

    /// <summary>Every call that reached the channel, failed ones included.</summary>
    public int RequestCount { get; private set; }

    public IReadOnlyList<ReceivedActivity> Received
    {
        get
        {
            lock (_lock)
            {
                return [.. _received];
            }
        }
    }

    public static async Task<FakeChannel> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var channel = new FakeChannel(app);
        channel.MapRoutes();
        await app.StartAsync().ConfigureAwait(false);
        channel.ServiceUrl = app.Urls.Single() + "/";
        return channel;
    }

    /// <summary>The next Connector calls are answered with these statuses, in order, before normal service resumes.</summary>
    public void FailNext(HttpStatusCode status, int times = 1, string? retryAfter = null)
    {
        for (var i = 0; i < times; i++)
        {
            _failures.Enqueue((status, retryAfter));
        }
    }

    /// <summary>The next Connector calls are answered only after <paramref name="delay"/> (a slow channel), then at once again.</summary>
    public void DelayNext(TimeSpan delay, int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            _delays.Enqueue(delay);
        }
    }

    /// <summary>Drops the failures <see cref="FailNext"/> queued that no call has met yet: normal service from now on.</summary>
    public void ClearFailures() => _failures.Clear();

    /// <summary>Waits until at least <paramref name="count"/> activities matching <paramref name="filter"/> arrived.</summary>
    public async Task<IReadOnlyList<ReceivedActivity>> WaitForAsync(int count, Func<ReceivedActivity, bool>? filter = null, TimeSpan? timeout = null)
    {
        filter ??= _ => true;
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var matching = Received.Where(filter).ToList();
            if (matching.Count >= count)
            {
                return matching;
            }

            try
            {
                await _signal.WaitAsync(cts.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"The fake channel received {matching.Count} of {count} expected activities.");
            }
        }
    }

    /// <summary>Waits for <paramref name="count"/> messages (typing and trace left out).</summary>
    public Task<IReadOnlyList<ReceivedActivity>> WaitForMessagesAsync(int count, TimeSpan? timeout = null) =>
        WaitForAsync(count, r => r.Activity.Type == ActivityTypes.Message, timeout);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _signal.Dispose();
    }
}
