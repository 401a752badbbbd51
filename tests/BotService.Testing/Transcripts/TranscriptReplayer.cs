using BotService.Protocol.Schema;
using Xunit;

namespace BotService.Testing.Transcripts;

/// <summary>
/// Replays a transcript against a bot: each activity from the user (<c>from.role == "user"</c>) is sent, and
/// the bot's answers are compared with the bot activities that follow it in the file (type, text, suggested
/// action titles, attachment content types). Typing and trace activities are ignored on both sides.
/// The sending is pluggable so the same file drives the real host over HTTP or an in-memory adapter.
/// </summary>
public static class TranscriptReplayer
{
    /// <summary>Sends one user activity and returns the bot's replies to it, in order.</summary>
    public delegate Task<IReadOnlyList<Activity>> SendAsync(Activity userActivity);

    public static async Task ReplayAsync(IReadOnlyList<Activity> transcript, SendAsync send)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        ArgumentNullException.ThrowIfNull(send);
        var expected = new List<Activity>();
        var actual = new List<Activity>();
        foreach (var activity in transcript)
        {
            if (IsFromUser(activity))
            {
                actual.AddRange((await send(Clone(activity)).ConfigureAwait(false)).Where(IsCompared));
            }
            else if (IsCompared(activity))
            {
                expected.Add(activity);
            }
        }

        Assert.Equal(Describe(expected), Describe(actual));
    }

    private static bool IsFromUser(Activity activity) =>
        string.Equals(activity.From?.Role, RoleTypes.User, StringComparison.OrdinalIgnoreCase);

    private static bool IsCompared(Activity activity) =>
        activity.Type is not (ActivityTypes.Typing or ActivityTypes.Trace);

    /// <summary>A readable line per activity, so a failing replay shows exactly which reply differs.</summary>
    private static List<string> Describe(IEnumerable<Activity> activities) => activities.Select(a =>
    {
        var actions = a.SuggestedActions?.Actions.Select(x => x.Title) ?? [];
        var attachments = a.Attachments?.Select(x => x.ContentType) ?? [];
        return $"{a.Type}: {a.Text} [{string.Join(" | ", actions)}] {{{string.Join(", ", attachments)}}}";
    }).ToList();

    private static Activity Clone(Activity activity)
    {
        var clone = activity.Clone();

        // The channel assigns ids and timestamps; a replayed activity is new.
        clone.Timestamp = null;
        return clone;
    }
}
