using System.Diagnostics;
using System.Net.Http;

namespace BotService.Cli.LoadTest;

/// <summary>One conversation being played: its script, ids, where its latencies go, and the timing of one request.</summary>
internal sealed record ScriptedConversation(ConversationScript Script, string ConversationId, string UserId, List<long> Latencies)
{
    /// <summary>The disposition turn <paramref name="index"/> must carry: the script's, on its last turn.</summary>
    public string? ExpectedAt(int index) => index == Script.Turns.Count - 1 ? Script.ExpectedDisposition : null;

    /// <summary>Sends <paramref name="request"/>, records how long the answer took, and returns it with its body read.</summary>
    public async Task<(HttpResponseMessage Response, byte[] Body)> TimedSendAsync(HttpClient http, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var answer = await SendAsync(http, request, cancellationToken).ConfigureAwait(false);
        RecordSince(started);
        return answer;
    }

    /// <summary>Sends <paramref name="request"/> and returns the answer with its body read, without timing it.</summary>
    public static async Task<(HttpResponseMessage Response, byte[] Body)> SendAsync(HttpClient http, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        try
        {
            return (response, await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false));
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    /// <summary>Records a turn that took from <paramref name="started"/> (a <see cref="Stopwatch"/> timestamp) until now.</summary>
    public void RecordSince(long started) => Latencies.Add(Stopwatch.GetTimestamp() - started);

    /// <summary>What a failed request is called in the report (never the reply's text).</summary>
    public static string? Failure(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        HttpRequestException http => $"transport error ({http.HttpRequestError})",
        OperationCanceledException when !cancellationToken.IsCancellationRequested => "request timed out",
        _ => null,
    };
}

/// <summary>How one conversation ended: turns played, whether all were right, and what went wrong first.</summary>
internal sealed record ConversationOutcome(int Turns, bool Completed, string? Error);
