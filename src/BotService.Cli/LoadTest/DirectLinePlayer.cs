using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace BotService.Cli.LoadTest;

/// <summary>
/// Plays a conversation as Web Chat does, through the host's Direct Line 3.0 endpoint: start the conversation with the
/// secret (the bot's welcome turn, timed as the conversation's first turn; a script's join is that start), then for
/// each message post the activity with the conversation's token (the answer comes when the bot's turn is over: that
/// is what is timed) and read the new activities after the watermark, which are checked like an expectReplies body.
/// </summary>
internal static class DirectLinePlayer
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    public static async Task<ConversationOutcome> PlayAsync(HttpClient http, Uri baseUrl, string secret, ScriptedConversation conversation, CancellationToken cancellationToken)
    {
        var script = conversation.Script;
        var played = 0;
        try
        {
            var (session, startError) = await StartAsync(http, baseUrl, secret, conversation, cancellationToken).ConfigureAwait(false);
            played++;
            string? watermark = null;
            var error = startError ?? await ReadRepliesAsync(http, session!, null, expectedDisposition: null, cancellationToken, w => watermark = w).ConfigureAwait(false);
            if (error is not null)
            {
                return new ConversationOutcome(played, false, $"{script.Name} start: {error}");
            }

            for (var i = 0; i < script.Turns.Count; i++)
            {
                if (script.Turns[i].IsJoin)
                {
                    continue;
                }

                error = await PostAsync(http, session!, conversation, script.Turns[i].Text!, cancellationToken).ConfigureAwait(false);
                played++;
                error ??= await ReadRepliesAsync(http, session!, watermark, conversation.ExpectedAt(i), cancellationToken, w => watermark = w).ConfigureAwait(false);
                if (error is not null)
                {
                    return new ConversationOutcome(played, false, $"{script.Name} turn {i + 1}: {error}");
                }
            }

            return new ConversationOutcome(played, true, null);
        }
        catch (Exception ex) when (ScriptedConversation.Failure(ex, cancellationToken) is { } failure)
        {
            return new ConversationOutcome(played, false, $"{script.Name}: {failure}");
        }
        catch (OperationCanceledException)
        {
            return new ConversationOutcome(played, false, null);
        }
    }

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

    private static async Task<string?> PostAsync(HttpClient http, Session session, ScriptedConversation conversation, string text, CancellationToken cancellationToken)
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

    /// <summary>The activities after <paramref name="watermark"/>: the bot's replies of the turn just played.</summary>
    private static async Task<string?> ReadRepliesAsync(
        HttpClient http, Session session, string? watermark, string? expectedDisposition, CancellationToken cancellationToken, Action<string?> newWatermark)
    {
        using var request = session.Request(HttpMethod.Get, watermark is null ? "activities" : $"activities?watermark={Uri.EscapeDataString(watermark)}");
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return ReplyChecker.Check(response.StatusCode, body, expectedDisposition, root =>
        {
            if (root.TryGetProperty("watermark", out var mark) && mark.ValueKind != JsonValueKind.String)
            {
                return "a watermark that is not a string";
            }

            newWatermark(mark.ValueKind == JsonValueKind.String ? mark.GetString() : watermark);
            return null;
        });
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
