using System.Buffers;
using System.Net;
using System.Text.Json;

namespace BotService.Cli.LoadTest;

/// <summary>
/// Checks one turn's answer: HTTP 200, an <c>{"activities":[...]}</c> body (expectReplies, or a Direct Line activity
/// set, whose echoed user messages are passed over) with at least one message from the bot, no apology or error text, and on the conversation's last turn a <c>triageOutcome</c> entity with the expected disposition.
/// Returns null when the reply is right, else what was wrong (never the reply's text: it may hold user input).
/// </summary>
public static class ReplyChecker
{
    // The runtime's turn-error apology, the state conflict notice, and "please try again" answers. One vectorised
    // search for all three: the tool shares the cores with the host it measures.
    private static readonly SearchValues<string> FailureMarkers =
        SearchValues.Create(["something went wrong", "lost track", "try again"], StringComparison.OrdinalIgnoreCase);

    /// <param name="alsoCheck">Run on the body's root once it has passed, so a caller that needs more of it reads it once.</param>
    public static string? Check(HttpStatusCode status, ReadOnlySpan<byte> body, string? expectedDisposition, Func<JsonElement, string?>? alsoCheck = null)
    {
        if (status != HttpStatusCode.OK)
        {
            return $"HTTP {(int)status}";
        }

        try
        {
            var reader = new Utf8JsonReader(body);
            using var document = JsonDocument.ParseValue(ref reader);
            if (!document.RootElement.TryGetProperty("activities", out var activities) || activities.ValueKind != JsonValueKind.Array)
            {
                return "no activities array";
            }

            var messages = 0;
            string? disposition = null;
            foreach (var activity in activities.EnumerateArray())
            {
                // A Direct Line activity set also holds the person's own messages, echoed.
                if (!IsType(activity, "message") || IsFromUser(activity))
                {
                    continue;
                }

                messages++;
                if (activity.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String && ContainsFailure(text.GetString()!))
                {
                    return "apology or error text in a reply";
                }

                disposition ??= Disposition(activity);
            }

            if (messages == 0)
            {
                return "no message activity";
            }

            if (expectedDisposition is not null && disposition != expectedDisposition)
            {
                return $"expected a triageOutcome '{expectedDisposition}', got '{disposition ?? "none"}'";
            }

            return alsoCheck?.Invoke(document.RootElement);
        }
        catch (JsonException)
        {
            return "body is not JSON";
        }
    }

    private static bool IsType(JsonElement activity, string type) =>
        activity.ValueKind == JsonValueKind.Object && activity.TryGetProperty("type", out var t) && t.ValueEquals(type);

    private static bool IsFromUser(JsonElement activity) =>
        activity.TryGetProperty("from", out var from) && from.ValueKind == JsonValueKind.Object
        && from.TryGetProperty("role", out var role) && role.ValueEquals("user");

    private static bool ContainsFailure(string text) => text.AsSpan().ContainsAny(FailureMarkers);

    /// <summary>Whether <paramref name="activity"/> carries the triage's answer (a <c>triageOutcome</c> entity with a disposition).</summary>
    internal static bool HasTriageOutcome(JsonElement activity) => Disposition(activity) is not null;

    private static string? Disposition(JsonElement activity)
    {
        if (!activity.TryGetProperty("entities", out var entities) || entities.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        foreach (var entity in entities.EnumerateArray())
        {
            if (IsType(entity, "triageOutcome") && entity.TryGetProperty("disposition", out var d) && d.ValueKind == JsonValueKind.String)
            {
                return d.GetString();
            }
        }

        return null;
    }
}
