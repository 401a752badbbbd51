using Xunit;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace BotService.Testing.DirectLine;

/// <summary>Reads a Direct Line WebSocket stream frame by frame; empty frames are keep-alives.</summary>
public sealed class DirectLineStream : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();

    public ClientWebSocket Socket => _socket;

    public string? LastWatermark { get; private set; }

    public int KeepAlives { get; private set; }

    public static async Task<DirectLineStream> ConnectAsync(string streamUrl)
    {
        var stream = new DirectLineStream();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await stream._socket.ConnectAsync(new Uri(streamUrl), timeout.Token);
        return stream;
    }

    /// <summary>The next frame's text ("" for a keep-alive), or null when the server closed the socket.</summary>
    public async Task<string?> ReceiveFrameAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, cancel.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return Encoding.UTF8.GetString(message.ToArray());
            }
        }
    }

    /// <summary>Collects activities from ActivitySet frames until <paramref name="done"/> holds.</summary>
    public async Task<List<JsonElement>> ReceiveUntilAsync(Func<List<JsonElement>, bool> done, TimeSpan? timeout = null)
    {
        var all = new List<JsonElement>();
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (!done(all))
        {
            var left = deadline - DateTime.UtcNow;
            Assert.True(left > TimeSpan.Zero, "Timed out on the stream; received: " + string.Join(" | ", all.Select(a => a.GetProperty("id").GetString())));
            var frame = await ReceiveFrameAsync(left) ?? throw new InvalidOperationException("The server closed the stream.");
            if (frame.Length == 0)
            {
                KeepAlives++;
                continue;
            }

            using var document = JsonDocument.Parse(frame);
            LastWatermark = document.RootElement.GetProperty("watermark").GetString();
            all.AddRange(document.RootElement.GetProperty("activities").EnumerateArray().Select(a => a.Clone()));
        }

        return all;
    }

    public Task SendEmptyFrameAsync() => _socket.SendAsync(ReadOnlyMemory<byte>.Empty, WebSocketMessageType.Text, true, CancellationToken.None).AsTask();

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
            {
                // The test is over; the server may already be gone.
            }
        }

        _socket.Dispose();
    }
}
