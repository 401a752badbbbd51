using System.Net;
using BotService.Protocol.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace BotService.Testing.Channel;

/// <summary>The Connector routes of the fake channel, answering as the Emulator does (protocol.md §2.2).</summary>
public sealed partial class FakeChannel
{
    private void MapRoutes()
    {
        var conversations = _app.MapGroup("/v3/conversations");
        conversations.MapPost("/", (Delegate)CreateConversationAsync);
        conversations.MapPost("/{conversationId}/activities", (HttpContext http, string conversationId) => PostAsync(http, conversationId, null));
        conversations.MapPost("/{conversationId}/activities/{activityId}", (HttpContext http, string conversationId, string activityId) => PostAsync(http, conversationId, activityId));
        conversations.MapPut("/{conversationId}/activities/{activityId}", (HttpContext http, string conversationId, string activityId) => UpdateAsync(http, conversationId, activityId));
        conversations.MapDelete("/{conversationId}/activities/{activityId}", (HttpContext http, string conversationId, string activityId) => DeleteAsync(http, conversationId, activityId));
        conversations.MapGet("/{conversationId}/activities", (string conversationId) =>
            Results.Json(new { activities = Received.Where(r => r.ConversationId == conversationId && r.Method == "POST").Select(r => r.Activity) }, BotJson.Options));
    }

    private async Task<IResult> PostAsync(HttpContext http, string conversationId, string? activityId)
    {
        if (await NextFailureAsync(http).ConfigureAwait(false) is { } failure)
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
        if (await NextFailureAsync(http).ConfigureAwait(false) is { } failure)
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

    private async Task<IResult> DeleteAsync(HttpContext http, string conversationId, string activityId)
    {
        if (await NextFailureAsync(http).ConfigureAwait(false) is { } failure)
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

    private async Task<IResult?> NextFailureAsync(HttpContext http)
    {
        lock (_lock)
        {
            RequestCount++;
        }

        if (_delays.TryDequeue(out var delay))
        {
            // Answers late but answers, as a slow channel does; ends early only if the caller gives up.
            try
            {
                await Task.Delay(delay, http.RequestAborted).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return Results.Empty;
            }
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
