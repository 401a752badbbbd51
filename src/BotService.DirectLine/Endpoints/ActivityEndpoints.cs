using BotService.DirectLine.Storage;
using BotService.Protocol.Hosting;
using BotService.Protocol.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace BotService.DirectLine.Endpoints;

/// <summary><c>POST /conversations/{id}/activities</c> (send) and <c>GET ...?watermark=</c> (poll).</summary>
internal static class ActivityEndpoints
{
    /// <summary>At most this many activities per poll answer or stream frame; the client asks again for the rest.</summary>
    public const int PageSize = 100;

    public static async Task<IResult> PostAsync(
        HttpContext context, string conversationId, DirectLineConversations conversations, DirectLineRateLimits limits,
        IHostApplicationLifetime lifetime)
    {
        if (DirectLineCaller.TryAuthorize(context, conversationId, out var caller) is { } denied)
        {
            return denied;
        }

        if (limits.TryPost(conversationId) is { } wait)
        {
            return DirectLineErrors.TooManyRequests(wait);
        }

        var (activity, error) = await RequestBody.ReadOptionalAsync<Activity>(context).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            return DirectLineErrors.BadArgument("The body must be an activity with a type.");
        }

        // Membership changes come from the channel, never from a client (protocol.md §5.1).
        if (activity.IsType(ActivityTypes.ConversationUpdate) || activity.IsType(ActivityTypes.ContactRelationUpdate))
        {
            return DirectLineErrors.BadArgument($"Clients cannot send {activity.Type} activities.");
        }

        // The token's user id, when it has one, replaces from.id; a from.id no state key could hold is refused either way.
        if (ActivityIds.Problem(activity.From?.Id, "from.id") is { } badUser)
        {
            return DirectLineErrors.BadArgument(badUser);
        }

        // An unknown or expired conversation fails the append with KeyNotFoundException, which StorageFailureFilter answers
        // with 404, before the bot sees anything: no separate look-up first. The turn outlives a client that gives up
        // waiting: the activity is stored, so its answer must be too.
        var id = await conversations.PostAsync(
            conversationId, activity, caller!.Claims?.UserId, DirectLineUrls.ServiceUrl(context.Request), lifetime.ApplicationStopping).ConfigureAwait(false);
        return Results.Ok(new ResourceResponse(id));
    }

    public static async Task<IResult> GetAsync(
        HttpContext context, string conversationId, string? watermark, IActivityLog log, DirectLineRateLimits limits)
    {
        if (DirectLineCaller.TryAuthorize(context, conversationId, out _) is { } denied)
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

        // Activities after the watermark prove the conversation exists (they are deleted with it); only an empty page needs
        // the conversation's row, to tell 404 from "nothing new". A watermark from the future (another deployment, a
        // typo) would hide everything: then the page is read again from the conversation's end as that row gave it,
        // which an activity stored meanwhile is after, so the next poll still gets it.
        var page = await log.ReadAsync(conversationId, mark, PageSize, context.RequestAborted).ConfigureAwait(false);
        if (page.Count == 0)
        {
            if (await log.GetConversationAsync(conversationId, context.RequestAborted).ConfigureAwait(false) is not { } conversation)
            {
                return DirectLineErrors.NotFound();
            }

            if (conversation.LastSeq < mark)
            {
                mark = conversation.LastSeq;
                page = await log.ReadAsync(conversationId, mark, PageSize, context.RequestAborted).ConfigureAwait(false);
            }
        }

        var next = page.Count > 0 ? page[^1].Seq : mark;

        // Typing indicators are WebSocket-only in Direct Line (protocol.md §5.1); the watermark still moves past them.
        var visible = page.Where(a => !string.Equals(a.Type, ActivityTypes.Typing, StringComparison.Ordinal));
        return Results.Bytes(ActivitySetWriter.Write(visible, next), "application/json; charset=utf-8");
    }

    public static IResult Upload() => DirectLineErrors.NotImplemented("Uploading attachments");
}
