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
    public static async Task<ConversationOutcome> PlayAsync(HttpClient http, Uri baseUrl, string secret, ScriptedConversation conversation, CancellationToken cancellationToken)
    {
        var script = conversation.Script;
        var played = 0;
        try
        {
            var (session, startError) = await DirectLineCalls.StartAsync(http, baseUrl, secret, conversation, cancellationToken).ConfigureAwait(false);
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

                error = await DirectLineCalls.PostAsync(http, session!, conversation, script.Turns[i].Text!, cancellationToken).ConfigureAwait(false);
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

    /// <summary>The activities after <paramref name="watermark"/>: the bot's replies of the turn just played.</summary>
    private static async Task<string?> ReadRepliesAsync(
        HttpClient http, DirectLineCalls.Session session, string? watermark, string? expectedDisposition, CancellationToken cancellationToken, Action<string?> newWatermark)
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
}
