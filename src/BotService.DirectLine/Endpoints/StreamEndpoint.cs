using System.Net.WebSockets;
using BotService.DirectLine.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotService.DirectLine.Endpoints;

/// <summary>
/// The WebSocket stream at <c>/conversations/{id}/stream?t=&lt;token&gt;[&amp;watermark=N]</c>: first every activity after
/// the watermark, then each new one as it is appended (here or, with PostgreSQL, on another instance), as ActivitySet
/// frames; an empty frame when idle keeps proxies from closing the socket. Client frames (DirectLineJS sends an empty
/// one every 20 s) are read and ignored. When the log cannot be read once the upgrade has been answered, no 503 can be
/// sent any more: the socket is closed with 1013 (try again later), the WebSocket counterpart of the 503 the other
/// endpoints answer for a storage outage, and DirectLineJS reconnects after its usual 3-15 s. A stream opened with a
/// token ends when the token does (1008, "token expired"): everything else refuses an expired token, and DirectLineJS,
/// which refreshes its token every 15 minutes, reconnects with the fresh one from the watermark it has, losing nothing.
/// </summary>
internal static class StreamEndpoint
{
    /// <summary>RFC 6455 §7.4.1 as registered by IANA: the server is unable to serve now; the client may try again.</summary>
    private const WebSocketCloseStatus TryAgainLater = (WebSocketCloseStatus)1013;

    public static async Task<IResult> ConnectAsync(
        HttpContext context, string conversationId, string? watermark, string? t, IActivityLog log, ConversationSignals signals,
        DirectLineStreams streams, DirectLineRateLimits limits, IOptions<DirectLineOptions> options, IHostApplicationLifetime lifetime,
        TimeProvider time, ILogger<DirectLineStreams> logger)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            return DirectLineErrors.BadArgument("The stream is a WebSocket; open the streamUrl with a WebSocket client.");
        }

        if (DirectLineCaller.TryAuthorize(context, conversationId, out var caller, queryToken: t) is { } denied)
        {
            return denied;
        }

        if (!ActivitySetWriter.TryParseWatermark(watermark, out var mark))
        {
            return DirectLineErrors.BadArgument("The watermark must be a non-negative integer.");
        }

        // Opening a stream reads the log like a poll does, so it spends the same budget.
        if (limits.TryRead(conversationId) is { } wait)
        {
            return DirectLineErrors.TooManyRequests(wait);
        }

        if (await log.GetConversationAsync(conversationId, context.RequestAborted).ConfigureAwait(false) is null)
        {
            return DirectLineErrors.NotFound();
        }

        // Subscribe before the first read so nothing appended in between is missed.
        using var subscription = signals.Subscribe(conversationId);
        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        using var session = streams.Open(conversationId, context.RequestAborted, lifetime.ApplicationStopping);
        var receiving = DrainClientFramesAsync(socket, session, context.RequestAborted);
        var reason = "client closed";
        var storageDown = false;
        var tokenExpired = false;
        var expires = caller!.Claims?.Expires;
        try
        {
            var keepAlive = TimeSpan.FromSeconds(options.Value.KeepAliveSeconds);
            while (!session.Token.IsCancellationRequested && socket.State == WebSocketState.Open)
            {
                if (expires <= time.GetUtcNow())
                {
                    tokenExpired = true;
                    break;
                }

                var page = await log.ReadAsync(conversationId, mark, ActivityEndpoints.PageSize, session.Token).ConfigureAwait(false);
                if (page.Count > 0)
                {
                    mark = page[^1].Seq;
                    await socket.SendAsync(ActivitySetWriter.Write(page, mark), WebSocketMessageType.Text, true, session.Token).ConfigureAwait(false);
                    if (page.Count == ActivityEndpoints.PageSize)
                    {
                        // A full page: more may be waiting. A shorter one read everything up to some moment, and
                        // anything stored since then has pulsed the subscription, which remembers it for the wait.
                        continue;
                    }
                }

                var untilExpiry = expires - time.GetUtcNow() ?? TimeSpan.MaxValue;
                if (untilExpiry < keepAlive)
                {
                    await subscription.WaitAsync(untilExpiry > TimeSpan.Zero ? untilExpiry : TimeSpan.Zero, session.Token).ConfigureAwait(false);
                }
                else if (!await subscription.WaitAsync(keepAlive, session.Token).ConfigureAwait(false))
                {
                    await socket.SendAsync(ReadOnlyMemory<byte>.Empty, WebSocketMessageType.Text, true, session.Token).ConfigureAwait(false);
                }
            }

            reason = session.Collided ? "collision" : tokenExpired ? "token expired" : "closed";
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            reason = session.Collided ? "collision" : ex.GetType().Name;
        }
        catch (Exception ex) when (StorageOutage.Is(ex) && !session.Token.IsCancellationRequested)
        {
            // The storage filter cannot answer this one: the response is already the WebSocket.
            DirectLineLog.StorageUnavailable(logger, ex);
            storageDown = true;
            reason = "storage unavailable";
        }

        var (status, description) = (session.Collided, storageDown, tokenExpired) switch
        {
            (true, _, _) => (WebSocketCloseStatus.PolicyViolation, "collision"),
            (_, true, _) => (TryAgainLater, "storage unavailable"),
            (_, _, true) => (WebSocketCloseStatus.PolicyViolation, "token expired"),
            _ => (WebSocketCloseStatus.NormalClosure, "closing"),
        };
        await CloseAsync(socket, status, description, receiving).ConfigureAwait(false);
        DirectLineLog.StreamClosed(logger, conversationId, reason);
        return Results.Empty;
    }

    /// <summary>
    /// Reads until the client closes. It does not watch the session token: cancelling a receive aborts the socket,
    /// and a collision must be able to send a proper close frame with its reason.
    /// </summary>
    private static async Task DrainClientFramesAsync(WebSocket socket, DirectLineStreams.Session session, CancellationToken connectionAborted)
    {
        var buffer = new byte[1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, connectionAborted).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // The socket went away; the send loop notices through the cancelled session.
        }
        finally
        {
            session.Cancel();
        }
    }

    private static async Task CloseAsync(WebSocket socket, WebSocketCloseStatus status, string description, Task receiving)
    {
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await socket.CloseOutputAsync(status, description, timeout.Token).ConfigureAwait(false);
            }

            // Give the client a moment to answer the close; then drop the connection.
            if (await Task.WhenAny(receiving, Task.Delay(TimeSpan.FromSeconds(5))).ConfigureAwait(false) != receiving)
            {
                socket.Abort();
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // Closing is a courtesy; the connection is going away either way.
            socket.Abort();
        }

        await receiving.ConfigureAwait(false);
    }
}
