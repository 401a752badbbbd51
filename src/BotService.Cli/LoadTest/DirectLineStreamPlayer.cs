using System.Diagnostics;
using System.Net;
using System.Net.WebSockets;
using System.Text.Json;

namespace BotService.Cli.LoadTest;

/// <summary>
/// Plays a conversation as Web Chat does by default: started like <see cref="DirectLinePlayer"/>'s (the start is the
/// first turn, timed), then the replies come over the conversation's WebSocket stream instead of being polled for.
/// A turn is timed from the post until the stream has brought the bot's message that ends it (<see cref="ActivityStream"/>),
/// and its activities are checked like an expectReplies body.
/// </summary>
internal static class DirectLineStreamPlayer
{
    public static async Task<ConversationOutcome> PlayAsync(
        HttpClient http, HttpMessageInvoker sockets, Uri baseUrl, string secret, ScriptedConversation conversation, CancellationToken cancellationToken)
    {
        var script = conversation.Script;
        var played = 0;
        try
        {
            var (session, error) = await DirectLineCalls.StartAsync(http, baseUrl, secret, conversation, cancellationToken).ConfigureAwait(false);
            played++;
            if (error is null && session!.StreamUrl is null)
            {
                error = "start answered without a streamUrl";
            }

            if (error is not null)
            {
                return new ConversationOutcome(played, false, $"{script.Name} start: {error}");
            }

            await using var stream = await ActivityStream.ConnectAsync(sockets, session!.StreamUrl!, cancellationToken).ConfigureAwait(false);
            error = await CheckTurnAsync(stream, null, null, http.Timeout, cancellationToken).ConfigureAwait(false);
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

                var started = Stopwatch.GetTimestamp();
                var (id, postError) = await DirectLineCalls.PostUntimedAsync(http, session, conversation, script.Turns[i].Text!, cancellationToken).ConfigureAwait(false);
                played++;
                error = postError ?? await CheckTurnAsync(stream, id, conversation.ExpectedAt(i), http.Timeout, cancellationToken).ConfigureAwait(false);
                if (error is not null)
                {
                    return new ConversationOutcome(played, false, $"{script.Name} turn {i + 1}: {error}");
                }

                conversation.RecordSince(started);
            }

            return new ConversationOutcome(played, true, null);
        }
        catch (Exception ex) when (Failure(ex, cancellationToken) is { } failure)
        {
            return new ConversationOutcome(played, false, $"{script.Name}: {failure}");
        }
        catch (OperationCanceledException)
        {
            return new ConversationOutcome(played, false, null);
        }
    }

    private static async Task<string?> CheckTurnAsync(
        ActivityStream stream, string? postedId, string? expectedDisposition, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            var body = await stream.ReadTurnAsync(postedId, limit.Token).ConfigureAwait(false);
            return body is null ? "the stream closed before the turn's reply" : ReplyChecker.Check(HttpStatusCode.OK, body, expectedDisposition);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return "no reply ending the turn came over the stream in time";
        }
    }

    private static string? Failure(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        WebSocketException socket => $"stream error ({socket.WebSocketErrorCode})",
        JsonException => "a stream frame that is not JSON",
        _ => ScriptedConversation.Failure(exception, cancellationToken),
    };
}
