using Microsoft.AspNetCore.Http;

namespace BotService.DirectLine.Endpoints;

/// <summary>Addresses derived from the request, so they are right behind any host name or path base.</summary>
internal static class DirectLineUrls
{
    public const string BasePath = "/v3/directline";

    /// <summary>The serviceUrl the bot sees on Direct Line activities: this host's Direct Line base.</summary>
    public static string ServiceUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}{BasePath}";

    /// <summary>The WebSocket URL a client opens as given; the token rides in <c>t</c> because browsers cannot set headers on it.</summary>
    public static string StreamUrl(HttpRequest request, string conversationId, string token, long? watermark)
    {
        var scheme = request.IsHttps ? "wss" : "ws";
        var query = watermark is > 0 ? $"watermark={watermark}&t={Uri.EscapeDataString(token)}" : $"t={Uri.EscapeDataString(token)}";
        return $"{scheme}://{request.Host}{request.PathBase}{BasePath}/conversations/{Uri.EscapeDataString(conversationId)}/stream?{query}";
    }
}
