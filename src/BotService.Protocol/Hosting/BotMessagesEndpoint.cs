using BotService.Protocol.Authentication;
using BotService.Protocol.Hosting.RateLimiting;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotService.Protocol.Hosting;

/// <summary>
/// <c>/api/messages</c> with the HTTP contract of protocol.md §1.9: 200 (empty, expectReplies body, or the
/// invoke answer), 400/413/415 for bad input, 401 for failed authentication, 405 for other methods, 429 with Retry-After beyond the rate limits. No client
/// input yields a 500: anything unexpected is logged and answered 503 problem+json. A turn whose reply could not be
/// delivered (the bot's token or the channel's Connector failing, <see cref="ReplyDeliveryException"/>) is answered
/// 502 when the caller authenticated: the failure is upstream of the bot, and the channel must not take the turn as
/// answered. A bot without an app id (local use) accepts any serviceUrl, so there the address that would not take the
/// reply is the client's own input, answered 400. Once authenticated, the turn runs to its end even if the caller
/// stops waiting (only shutdown stops it): replies go to the Connector, not into this call, and a turn cut off halfway
/// would have sent replies its saved state knows nothing of, or lost emergency advice still being retried.
/// </summary>
public static partial class BotMessagesEndpoint
{
    public static async Task<IResult> HandleAsync(
        HttpContext httpContext, CloudAdapter adapter, IBot bot, IOptions<BotOptions> options, UnauthorizedRequestLog refusals, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(refusals);
        var logger = loggerFactory.CreateLogger(typeof(BotMessagesEndpoint).FullName!);
        var request = httpContext.Request;
        if (!HttpMethods.IsPost(request.Method))
        {
            httpContext.Response.Headers.Allow = HttpMethods.Post;
            return ActivityRequestReader.Problem(StatusCodes.Status405MethodNotAllowed, "Method not allowed", "Post activities to this endpoint.");
        }

        var aborted = httpContext.RequestAborted;
        var stopping = httpContext.RequestServices.GetService<IHostApplicationLifetime>()?.ApplicationStopping ?? CancellationToken.None;
        Schema.Activity? activity = null;
        BotAuthenticationResult? auth = null;
        try
        {
            (activity, var error) = await ActivityRequestReader.ReadAsync(request, options.Value.MaxRequestBodyBytes, aborted).ConfigureAwait(false);
            if (error is not null)
            {
                return error;
            }

            // Authentication first: a request that fails it must not spend the conversation's rate, or anyone who knows a
            // conversation id could keep it blocked. The per-client limit, which ran before the body was read, counts it.
            auth = await adapter.AuthenticateAsync(request.Headers.Authorization, activity!, aborted).ConfigureAwait(false);
            if (httpContext.RequestServices.GetService<ConversationRateLimiter>() is { } limiter
                && !limiter.TryAcquire(activity!.ChannelId, activity.Conversation?.Id, out var retryAfter))
            {
                httpContext.Response.Headers.RetryAfter = RateLimitingExtensions.RetryAfterSeconds(retryAfter);
                return ActivityRequestReader.Problem(StatusCodes.Status429TooManyRequests, "Too many requests", "This conversation is sending too fast; try again after the Retry-After delay.");
            }

            var result = await adapter.ProcessAuthenticatedActivityAsync(auth, activity!, bot.OnTurnAsync, stopping).ConfigureAwait(false);
            return result.Body is null ? Results.StatusCode(result.Status) : new JsonBodyResult(result.Body, Schema.BotJson.Options, result.Status);
        }
        catch (BotAuthenticationException ex)
        {
            refusals.Refused(ex.Message);
            return ActivityRequestReader.Problem(StatusCodes.Status401Unauthorized, "Unauthorized", "The request could not be authenticated.");
        }
        catch (BadHttpRequestException ex)
        {
            return ActivityRequestReader.Problem(ex.StatusCode, "Bad request", "The request could not be read.");
        }
        catch (ReplyDeliveryException ex)
        {
            // The handler kept the conversation state; this is the one log line for it. Only a turn, which runs after
            // authentication, can fail to deliver, so auth is set.
            var anonymous = auth?.IsAnonymous ?? true;
            var status = anonymous ? StatusCodes.Status400BadRequest : StatusCodes.Status502BadGateway;
            LogNotDelivered(logger, anonymous ? LogLevel.Information : LogLevel.Warning, activity?.Type, activity?.ChannelId, (ex.InnerException ?? ex).GetType().Name, status, ex);
            return ActivityRequestReader.Problem(status, "Reply not delivered", anonymous
                ? "The reply could not be delivered to the activity's serviceUrl. The conversation is as it was before this activity."
                : "The bot could not deliver its reply to the channel (its token or the Connector failed). The conversation is as it was before this activity; send it again later.");
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Shutting down mid-turn: the state was not saved, so the channel should send the activity again.
            return ActivityRequestReader.Problem(StatusCodes.Status503ServiceUnavailable, "Service unavailable", "The bot is shutting down; try again later.");
        }
        catch (Exception ex) when (ex is ConnectionResetException || (ex is OperationCanceledException && aborted.IsCancellationRequested))
        {
            // The client went away (reset mid-body, say); nobody reads this answer and nothing on our side failed.
            return Results.Empty;
        }
        catch (Exception ex)
        {
            LogUnexpected(logger, ex.GetType().Name, ex);
            return ActivityRequestReader.Problem(StatusCodes.Status503ServiceUnavailable, "Service unavailable", "The bot could not process the activity; try again later.");
        }
    }

    [LoggerMessage(EventId = 1011, EventName = "RequestFailed", Level = LogLevel.Error,
        Message = "The messaging endpoint could not process a request ({ExceptionType})")]
    private static partial void LogUnexpected(ILogger logger, string exceptionType, Exception exception);

    // A warning when a channel called; information without authentication, where the serviceUrl is the client's.
    [LoggerMessage(EventId = 1012, EventName = "ReplyNotDelivered",
        Message = "The bot could not deliver its reply to a {ActivityType} activity from channel {ChannelId} ({ExceptionType}); the conversation state was kept and the request answered {Status}")]
    private static partial void LogNotDelivered(ILogger logger, LogLevel level, string? activityType, string? channelId, string exceptionType, int status, Exception exception);
}
