using System.Net.WebSockets;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace BotService.Cli.LoadTest;

/// <summary>
/// A conversation's Direct Line WebSocket stream, read as DirectLineJS reads it: ActivitySet frames, empty frames
/// between them to keep the connection alive. Direct Line has no "end of turn" message, so a turn is over when the
/// bot's message that waits for the person arrives: a question (<c>inputHint: expectingInput</c>) or the answer
/// (a <c>triageOutcome</c> entity), replying to the message just posted; for the welcome, the first message from
/// the bot. Every script turn of the triage bot ends with one of those; one that did not would show as a timeout.
/// Anything the bot sends after that message is read, and checked, with the next turn; after the last turn the tool
/// does not wait for more.
/// </summary>
internal sealed class ActivityStream(ClientWebSocket socket) : IAsyncDisposable
{
    private readonly List<byte[]> _turn = [];
    private byte[] _buffer = new byte[16 * 1024];

    public static async Task<ActivityStream> ConnectAsync(HttpMessageInvoker invoker, Uri streamUrl, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        try
        {
            await socket.ConnectAsync(streamUrl, invoker, cancellationToken).ConfigureAwait(false);
            return new ActivityStream(socket);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Reads frames until the turn replying to <paramref name="postedId"/> (null: the welcome) is over, and returns its
    /// activities, the person's echoed message among them, as one <c>{"activities":[...]}</c> body; null if the stream closed first.
    /// </summary>
    public async Task<byte[]?> ReadTurnAsync(string? postedId, CancellationToken cancellationToken)
    {
        _turn.Clear();
        var ended = false;
        while (!ended)
        {
            if (await ReceiveFrameAsync(cancellationToken).ConfigureAwait(false) is not { } length)
            {
                return null;
            }

            if (length > 0)
            {
                ended = Gather(_buffer.AsSpan(0, length), postedId);
            }
        }

        return Body(_turn);
    }

    private bool Gather(ReadOnlySpan<byte> frame, string? postedId)
    {
        var reader = new Utf8JsonReader(frame);
        using var document = JsonDocument.ParseValue(ref reader);
        var ended = false;
        if (document.RootElement.ValueKind == JsonValueKind.Object
            && document.RootElement.TryGetProperty("activities", out var activities) && activities.ValueKind == JsonValueKind.Array)
        {
            foreach (var activity in activities.EnumerateArray())
            {
                _turn.Add(JsonMarshal.GetRawUtf8Value(activity).ToArray());
                ended |= EndsTurn(activity, postedId);
            }
        }

        return ended;
    }

    private static bool EndsTurn(JsonElement activity, string? postedId)
    {
        if (activity.ValueKind != JsonValueKind.Object || !Is(activity, "type", "message")
            || (activity.TryGetProperty("from", out var from) && from.ValueKind == JsonValueKind.Object && Is(from, "role", "user")))
        {
            return false;
        }

        if (postedId is null)
        {
            return true;
        }

        return Is(activity, "replyToId", postedId)
            && (Is(activity, "inputHint", "expectingInput") || ReplyChecker.HasTriageOutcome(activity));
    }

    private static bool Is(JsonElement element, string property, string value) =>
        element.TryGetProperty(property, out var found) && found.ValueKind == JsonValueKind.String && found.ValueEquals(value);

    /// <summary>The next whole frame into the buffer; its length, or null when the server closed the stream.</summary>
    private async Task<int?> ReceiveFrameAsync(CancellationToken cancellationToken)
    {
        var length = 0;
        while (true)
        {
            if (length == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }

            var result = await socket.ReceiveAsync(_buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            length += result.Count;
            if (result.EndOfMessage)
            {
                return length;
            }
        }
    }

    private static byte[] Body(List<byte[]> activities)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("activities");
            foreach (var activity in activities)
            {
                writer.WriteRawValue(activity, skipInputValidation: true);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>Closes as a page does when it is left: a close frame, and a moment for the server's.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (socket.State == WebSocketState.Open)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // The conversation is over either way.
        }
        finally
        {
            socket.Dispose();
        }
    }
}
