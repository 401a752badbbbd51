using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace BotService.Cli.LoadTest;

/// <summary>
/// The Direct Line calls both ways of playing make (<see cref="DirectLinePlayer"/>, <see cref="DirectLineStreamPlayer"/>):
/// start a conversation with the secret, and post the person's message with the conversation's token.
/// </summary>
internal static class DirectLineCalls
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    /// <summary>Starts the conversation with the secret (timed: it runs the bot's welcome turn).</summary>
    internal static async Task<(Session? Session, string? Error)> StartAsync(HttpClient http, Uri baseUrl, string secret, ScriptedConversation conversation, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(baseUrl, "v3/directline/conversations"))
        {
            Content = Body(writer =>
            {
                writer.WriteStartObject("user");
                writer.WriteString("id", conversation.UserId);
                writer.WriteEndObject();
                writer.WriteString("locale", "en-US");
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        var (response, body) = await conversation.TimedSendAsync(http, request, cancellationToken).ConfigureAwait(false);
        using (response)
        {
            if (response.StatusCode != HttpStatusCode.Created)
            {
                return (null, $"start answered HTTP {(int)response.StatusCode}");
            }
        }

        return TryReadSession(baseUrl, body) is { } session ? (session, null) : (null, "start answered without a conversation id and token");
    }

    private static Session? TryReadSession(Uri baseUrl, byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("conversationId", out var id) && id.ValueKind == JsonValueKind.String
                && root.TryGetProperty("token", out var token) && token.ValueKind == JsonValueKind.String
                ? new Session(baseUrl, id.GetString()!, token.GetString()!, StreamUrl(root))
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static Uri? StreamUrl(JsonElement root) =>
        root.TryGetProperty("streamUrl", out var url) && url.ValueKind == JsonValueKind.String
        && Uri.TryCreate(url.GetString(), UriKind.Absolute, out var stream) ? stream : null;

    internal static async Task<string?> PostAsync(HttpClient http, Session session, ScriptedConversation conversation, string text, CancellationToken cancellationToken)
    {
        using var request = PostRequest(session, conversation, text);
        var (response, _) = await conversation.TimedSendAsync(http, request, cancellationToken).ConfigureAwait(false);
        using (response)
        {
            return response.StatusCode == HttpStatusCode.OK ? null : $"post answered HTTP {(int)response.StatusCode}";
        }
    }

    /// <summary>Posts the person's message, untimed; returns the id the service gave it, or what went wrong.</summary>
    internal static async Task<(string? Id, string? Error)> PostUntimedAsync(HttpClient http, Session session, ScriptedConversation conversation, string text, CancellationToken cancellationToken)
    {
        using var request = PostRequest(session, conversation, text);
        var (response, body) = await ScriptedConversation.SendAsync(http, request, cancellationToken).ConfigureAwait(false);
        using (response)
        {
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return (null, $"post answered HTTP {(int)response.StatusCode}");
            }
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                ? (id.GetString(), null)
                : (null, "post answered without the activity's id");
        }
        catch (JsonException)
        {
            return (null, "post answered with a body that is not JSON");
        }
    }

    private static HttpRequestMessage PostRequest(Session session, ScriptedConversation conversation, string text)
    {
        var request = session.Request(HttpMethod.Post, "activities");
        request.Content = Body(writer =>
        {
            writer.WriteString("type", "message");
            writer.WriteStartObject("from");
            writer.WriteString("id", conversation.UserId);
            writer.WriteEndObject();
            writer.WriteString("locale", "en-US");
            writer.WriteString("textFormat", "plain");
            writer.WriteString("text", text);
        });
        return request;
    }

    private static ByteArrayContent Body(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        var content = new ByteArrayContent(buffer.ToArray());
        content.Headers.ContentType = Json;
        return content;
    }

    /// <summary>A started conversation: its id, its token, and its WebSocket stream's address (null if none was given).</summary>
    internal sealed record Session(Uri BaseUrl, string ConversationId, string Token, Uri? StreamUrl)
    {
        public HttpRequestMessage Request(HttpMethod method, string path)
        {
            var request = new HttpRequestMessage(method, new Uri(BaseUrl, $"v3/directline/conversations/{Uri.EscapeDataString(ConversationId)}/{path}"));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
            return request;
        }
    }
}
