using BotService.DirectLine.Tokens;
using BotService.Protocol.Hosting;
using Microsoft.AspNetCore.Http;

namespace BotService.DirectLine.Endpoints;

/// <summary><c>POST /tokens/generate</c> (secret only) and <c>POST /tokens/refresh</c> (a valid token only).</summary>
internal static class TokenEndpoints
{
    public static async Task<IResult> GenerateAsync(HttpContext context, DirectLineConversations conversations, DirectLineTokenService tokens)
    {
        if (DirectLineCaller.TryAuthorize(context, null, out var caller) is { } denied)
        {
            return denied;
        }

        if (!caller!.IsSecret)
        {
            return DirectLineErrors.SecretRequired();
        }

        var (parameters, error) = await RequestBody.ReadOptionalAsync<TokenParameters>(context).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        if (ActivityIds.Problem(parameters?.User?.Id, "user.id") is { } badUser)
        {
            return DirectLineErrors.BadArgument(badUser);
        }

        // The secret holder is trusted to bind a user id (even a dl_ one) into the token.
        var userId = string.IsNullOrWhiteSpace(parameters?.User?.Id) ? null : parameters.User.Id;
        var conversationId = await conversations.CreateAsync(context.RequestAborted).ConfigureAwait(false);
        var token = tokens.Issue(conversationId, userId);
        return Results.Ok(new ConversationResponse(conversationId, token, (int)tokens.Lifetime.TotalSeconds, null));
    }

    public static async Task<IResult> RefreshAsync(
        HttpContext context, DirectLineConversations conversations, DirectLineTokenService tokens, Storage.IActivityLog log, DirectLineRateLimits limits)
    {
        if (DirectLineCaller.TryAuthorize(context, null, out var caller) is { } denied)
        {
            return denied;
        }

        if (caller!.IsSecret)
        {
            return DirectLineErrors.TokenRequired();
        }

        var claims = caller.Claims!;
        if (limits.TryRead(claims.ConversationId) is { } wait)
        {
            return DirectLineErrors.TooManyRequests(wait);
        }

        if (await log.GetConversationAsync(claims.ConversationId, context.RequestAborted).ConfigureAwait(false) is null)
        {
            return DirectLineErrors.NotFound();
        }

        var token = tokens.Issue(claims.ConversationId, claims.UserId);
        return Results.Ok(new ConversationResponse(claims.ConversationId, token, (int)tokens.Lifetime.TotalSeconds, null));
    }
}
