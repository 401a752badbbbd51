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
public sealed class FakeChannel : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(HttpStatusCode Status, string? RetryAfter)> _failures = new();
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

    private void MapRoutes()
    {
        var conversations = _app.MapGroup("/v3/conversations");
        conversations.MapPost("/", (Delegate)CreateConversationAsync);
        conversations.MapPost("/{conversationId}/activities", (HttpContext http, string conversationId) => PostAsync(http, conversationId, null));
        conversations.MapPost("/{conversationId}/activities/{activityId}", (HttpContext http, string conversationId, string activityId) => PostAsync(http, conversationId, activityId));
        conversations.MapPut("/{conversationId}/activities/{activityId}", (HttpContext http, string conversationId, string activityId) => UpdateAsync(http, conversationId, activityId));
        conversations.MapDelete("/{conversationId}/activities/{activityId}", (HttpContext http, string conversationId, string activityId) => Delete(http, conversationId, activityId));
        conversations.MapGet("/{conversationId}/activities", (string conversationId) =>
            Results.Json(new { activities = Received.Where(r => r.ConversationId == conversationId && r.Method == "POST").Select(r => r.Activity) }, BotJson.Options));
    }

    private async Task<IResult> PostAsync(HttpContext http, string conversationId, string? activityId)
    {
        if (NextFailure(http) is { } failure)
        {
            return failure;
        }

        var activity = await ReadActivityAsync(http).ConfigureAwait(false);
        if (activity?.From is null)
        {
            // The Emulator cannot deliver a reply without `from` (protocol.md §2.2).
            return Error(HttpStatusCode.BadRequest, "ServiceError", "The activity has no from.");
        }

        activity.Id = Guid.NewGuid().ToString();
        Record(http, conversationId, activityId, activity);
        return Results.Json(new ResourceResponse(activity.Id), BotJson.Options);
    }

    private async Task<IResult> UpdateAsync(HttpContext http, string conversationId, string activityId)
    {
        if (NextFailure(http) is { } failure)
        {
            return failure;
        }

        var activity = await ReadActivityAsync(http).ConfigureAwait(false);
        if (activity is null || activity.Id != activityId)
        {
            return Error(HttpStatusCode.BadRequest, "BadArgument", "uri activity id does not match payload activity id");
        }

        lock (_lock)
        {
            if (!_byId.ContainsKey(activityId))
            {
                return Error(HttpStatusCode.NotFound, "BadArgument", "Unknown activity.");
            }
        }

        Record(http, conversationId, activityId, activity);
        return Results.Json(new ResourceResponse(activityId), BotJson.Options);
    }

    private IResult Delete(HttpContext http, string conversationId, string activityId)
    {
        if (NextFailure(http) is { } failure)
        {
            return failure;
        }

        lock (_lock)
        {
            if (!_byId.Remove(activityId))
            {
                return Error(HttpStatusCode.NotFound, "BadArgument", "Unknown activity.");
            }
        }

        Record(http, conversationId, activityId, new Activity { Type = ActivityTypes.MessageDelete, Id = activityId });
        return Results.Ok();
    }

    private static async Task<IResult> CreateConversationAsync(HttpContext http)
    {
        await http.Request.Body.CopyToAsync(Stream.Null).ConfigureAwait(false);
        var id = $"{Guid.NewGuid()}|livechat";
        return Results.Json(new { id, activityId = (string?)null, serviceUrl = (string?)null }, statusCode: 201);
    }

    private IResult? NextFailure(HttpContext http)
    {
        lock (_lock)
        {
            RequestCount++;
        }

        if (!_failures.TryDequeue(out var failure))
        {
            return null;
        }

        if (failure.RetryAfter is not null)
        {
            http.Response.Headers.RetryAfter = failure.RetryAfter;
        }

        return Error(failure.Status, "ServiceError", "Injected failure.");
    }

    private static IResult Error(HttpStatusCode status, string code, string message) =>
        Results.Json(new { error = new { code, message } }, statusCode: (int)status);

    private static async Task<Activity?> ReadActivityAsync(HttpContext http)
    {
        try
        {
            return await http.Request.ReadFromJsonAsync<Activity>(BotJson.Options).ConfigureAwait(false);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private void Record(HttpContext http, string conversationId, string? activityId, Activity activity)
    {
        var rawPath = http.Request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()?.RawTarget ?? http.Request.Path;
        var received = new ReceivedActivity(http.Request.Method, conversationId, activityId, http.Request.Headers.Authorization, activity, rawPath);
        lock (_lock)
        {
            _received.Add(received);
            if (activity.Id is not null && activity.Type != ActivityTypes.MessageDelete)
            {
                _byId[activity.Id] = activity;
            }
        }

        _signal.Release();
    }
}
