using BotService.DirectLine.Storage;
using BotService.DirectLine.Tokens;
using BotService.Protocol.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace BotService.DirectLine.Endpoints;

/// <summary><c>POST /conversations</c> (start) and <c>GET /conversations/{id}?watermark=</c> (reconnect).</summary>
internal static class ConversationEndpoints
{
    public static async Task<IResult> StartAsync(
        HttpContext context, DirectLineConversations conversations, DirectLineTokenService tokens, IActivityLog log,
        DirectLineRateLimits limits, IHostApplicationLifetime lifetime, TimeProvider time)
    {
        if (DirectLineCaller.TryAuthorize(context, null, out var caller) is { } denied)
        {
            return denied;
        }

        var (parameters, error) = await RequestBody.ReadOptionalAsync<TokenParameters>(context).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        // The user id becomes part of the bot's state keys: one no key can hold is refused here, not by the store mid-turn.
        if (ActivityIds.Problem(parameters?.User?.Id, "user.id") is { } badUser)
        {
            return DirectLineErrors.BadArgument(badUser);
        }

        var bodyUser = string.IsNullOrWhiteSpace(parameters?.User?.Id) ? null : parameters.User.Id;
        string conversationId, token, userId;
        if (caller!.IsSecret)
        {
            conversationId = await conversations.CreateAsync(context.RequestAborted).ConfigureAwait(false);
            userId = bodyUser ?? DirectLineConversations.NewUserId();
            token = tokens.Issue(conversationId, userId);
        }
        else
        {
            conversationId = caller.Claims!.ConversationId;
            if (limits.TryRead(conversationId) is { } wait)
            {
                return DirectLineErrors.TooManyRequests(wait);
            }

            if (await log.GetConversationAsync(conversationId, context.RequestAborted).ConfigureAwait(false) is null)
            {
                return DirectLineErrors.NotFound();
            }

            // A dl_ id may only come from the token (DirectLineJS rule), so a body cannot claim one.
            userId = caller.Claims.UserId ?? (bodyUser is not null && !bodyUser.StartsWith("dl_", StringComparison.Ordinal) ? bodyUser : DirectLineConversations.NewUserId());
            token = caller.Credential;
        }

        var started = await conversations.StartAsync(
            conversationId, userId, parameters?.Locale, DirectLineUrls.ServiceUrl(context.Request), lifetime.ApplicationStopping).ConfigureAwait(false);
        var body = Response(context, conversationId, token, tokens, caller.Claims, null, time);
        return started ? Results.Json(body, statusCode: StatusCodes.Status201Created) : Results.Ok(body);
    }

    public static async Task<IResult> ReconnectAsync(
        HttpContext context, string conversationId, string? watermark, DirectLineTokenService tokens, IActivityLog log, DirectLineRateLimits limits, TimeProvider time)
    {
        if (DirectLineCaller.TryAuthorize(context, conversationId, out var caller) is { } denied)
        {
            return denied;
        }

        if (!ActivitySetWriter.TryParseWatermark(watermark, out var mark))
        {
            return DirectLineErrors.BadArgument("The watermark must be a non-negative integer.");
        }

        if (limits.TryRead(conversationId) is { } wait)
        {
            return DirectLineErrors.TooManyRequests(wait);
        }

        if (await log.GetConversationAsync(conversationId, context.RequestAborted).ConfigureAwait(false) is null)
        {
            return DirectLineErrors.NotFound();
        }

        // Reconnecting hands out a fresh token, so a page that keeps reconnecting keeps a live token.
        var token = caller!.IsSecret ? tokens.Issue(conversationId, null) : tokens.Issue(conversationId, caller.Claims!.UserId);
        return Results.Ok(Response(context, conversationId, token, tokens, null, mark, time));
    }

    private static ConversationResponse Response(HttpContext context, string conversationId, string token, DirectLineTokenService tokens, TokenClaims? existing, long? watermark, TimeProvider time)
    {
        var expiresIn = existing is null ? tokens.Lifetime : existing.Expires - time.GetUtcNow();
        return new ConversationResponse(conversationId, token, Math.Max(0, (int)expiresIn.TotalSeconds),
            DirectLineUrls.StreamUrl(context.Request, conversationId, token, watermark));
    }
}
