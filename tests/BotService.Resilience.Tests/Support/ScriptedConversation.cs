extern alias cli;

using System.Net;
using System.Net.Http.Headers;
using cli::BotService.Cli.LoadTest;

namespace BotService.Resilience.Tests.Support;

/// <summary>One of the load tool's scripts played turn by turn, against whichever host is given, every reply checked.</summary>
public sealed class ScriptedConversation(ConversationScript script, string conversationId)
{
    public ConversationScript Script { get; } = script;

    public string ConversationId { get; } = conversationId;

    public string UserId => "user-" + ConversationId;

    public int Played { get; private set; }

    public bool Finished => Played == Script.Turns.Count;

    /// <summary>Plays the next turn; returns null when the reply is right, else what was wrong.</summary>
    public async Task<string?> PlayNextAsync(HttpClient http, Uri baseAddress)
    {
        var index = Played;
        var body = ActivityBody.Write(Script.Turns[index], ConversationId, UserId, index, TimeProvider.System.GetUtcNow());
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await http.PostAsync(new Uri(baseAddress, "api/messages"), content);
        var reply = await response.Content.ReadAsByteArrayAsync();
        var error = ReplyChecker.Check(response.StatusCode, reply, index == Script.Turns.Count - 1 ? Script.ExpectedDisposition : null);
        if (error is null)
        {
            Played++;
        }

        return error is null ? null : $"{Script.Name} ({ConversationId}) turn {index + 1}: {error}";
    }

    public static List<ScriptedConversation> Many(int count, string prefix) =>
        [.. Enumerable.Range(0, count).Select(i => new ScriptedConversation(TriageScripts.All[i % TriageScripts.All.Count], $"{prefix}-{i}"))];

    public static HttpStatusCode Ok => HttpStatusCode.OK;
}
