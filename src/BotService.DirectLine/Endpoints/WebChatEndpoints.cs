using System.Net;
using System.Text.Json;
using BotService.DirectLine.Tokens;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace BotService.DirectLine.Endpoints;

/// <summary>
/// The host's own chat page at <c>/</c> and its token endpoint. The page never sees the Direct Line secret: it asks
/// <c>POST /api/webchat/token</c>, which creates a conversation and returns a token for that conversation only,
/// bound to a fresh <c>dl_</c> user id.
/// </summary>
internal static class WebChatEndpoints
{
    public const string TokenPath = "/api/webchat/token";
    private const string PageFile = "index.html";

    public static async Task<IResult> TokenAsync(
        HttpContext context, DirectLineConversations conversations, DirectLineTokenService tokens, DirectLineRateLimits limits)
    {
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (limits.TryGetPageToken(client) is { } wait)
        {
            return DirectLineErrors.TooManyRequests(wait, "from this address");
        }

        var conversationId = await conversations.CreateAsync(context.RequestAborted).ConfigureAwait(false);
        var token = tokens.Issue(conversationId, DirectLineConversations.NewUserId());
        context.Response.Headers.CacheControl = "no-store";
        return Results.Ok(new ConversationResponse(conversationId, token, (int)tokens.Lifetime.TotalSeconds, null));
    }

    /// <summary>
    /// Scripts only from this host (the page's config is JSON, never executed); Web Chat needs inline styles and shows
    /// card images from anywhere; only allowed sites may frame the page.
    /// </summary>
    public static string ContentSecurityPolicy(IEnumerable<string> allowedOrigins) =>
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https:; " +
        "media-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; " +
        "form-action 'self'; frame-ancestors " + string.Join(' ', allowedOrigins.Prepend("'self'"));

    /// <summary>Serves <c>wwwroot/index.html</c> with the bot name and emergency number filled in on the server.</summary>
    public static async Task<IResult> PageAsync(HttpContext context, IWebHostEnvironment environment, IOptions<DirectLineOptions> options)
    {
        var file = environment.WebRootFileProvider.GetFileInfo(PageFile);
        if (!file.Exists)
        {
            return Results.Problem("The chat page is missing from wwwroot; build the host project to restore it.", statusCode: 404);
        }

        string template;
        using (var reader = new StreamReader(file.CreateReadStream()))
        {
            template = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        }

        var page = options.Value.Page;
        var config = JsonSerializer.Serialize(new
        {
            botName = page.BotName,
            avatarUrl = page.AvatarUrl,
            locale = page.Locale,
            tokenUrl = TokenPath,
            directLine = DirectLineUrls.BasePath,
        });
        var html = template
            .Replace("{{BotName}}", WebUtility.HtmlEncode(page.BotName), StringComparison.Ordinal)
            .Replace("{{EmergencyNumber}}", WebUtility.HtmlEncode(page.EmergencyNumber), StringComparison.Ordinal)
            .Replace("{{Locale}}", WebUtility.HtmlEncode(page.Locale), StringComparison.Ordinal)
            .Replace("{{ConfigJson}}", config, StringComparison.Ordinal);
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy(options.Value.AllowedOrigins);
        return Results.Content(html, "text/html; charset=utf-8");
    }
}
