using System.Net.Http.Headers;

namespace BotService.Cli.LoadTest;

/// <summary>
/// Plays a conversation against <c>/api/messages</c> with <c>deliveryMode: expectReplies</c>: each turn's replies come
/// back in the answer's body, which is what is timed and checked.
/// </summary>
internal static class MessagesPlayer
{
    public static async Task<ConversationOutcome> PlayAsync(HttpClient http, Uri messages, ScriptedConversation conversation, CancellationToken cancellationToken)
    {
        var turns = conversation.Script.Turns;
        for (var i = 0; i < turns.Count; i++)
        {
            var body = ActivityBody.Write(turns[i], conversation.ConversationId, conversation.UserId, i, DateTimeOffset.UtcNow);
            using var request = new HttpRequestMessage(HttpMethod.Post, messages) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            string? error;
            try
            {
                var (response, reply) = await conversation.TimedSendAsync(http, request, cancellationToken).ConfigureAwait(false);
                using (response)
                {
                    error = ReplyChecker.Check(response.StatusCode, reply, conversation.ExpectedAt(i));
                }
            }
            catch (Exception ex) when (ScriptedConversation.Failure(ex, cancellationToken) is { } failure)
            {
                error = failure;
            }
            catch (OperationCanceledException)
            {
                return new ConversationOutcome(i, false, null);
            }

            if (error is not null)
            {
                // Later turns of a broken conversation would only repeat the failure.
                return new ConversationOutcome(i + 1, false, $"{conversation.Script.Name} turn {i + 1}: {error}");
            }
        }

        return new ConversationOutcome(turns.Count, true, null);
    }
}
