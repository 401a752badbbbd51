using System.Buffers;
using System.Text;
using BotService.Protocol.Schema;

namespace BotService.Protocol.Hosting;

/// <summary>
/// The ids an inbound activity's state is kept under (<c>{channelId}/conversations/{conversation.id}/users/{from.id}</c>,
/// protocol.md §6.6): <c>channelId</c> and <c>conversation.id</c> are required (SPEC-ACT A2020, A2080; the Emulator,
/// Direct Line and Teams send both on every activity, conversationUpdate and invoke included); <c>from.id</c> is
/// optional, since the bot copes without a user. Each id present must fit in a storage key of every provider:
/// PostgreSQL text cannot hold NUL, and no id holds any other control character either (the turn lock and the
/// transcript file join the channel and conversation ids with a line break), and PostgreSQL's key index holds about 2,700 bytes, which three ids of
/// <see cref="MaxIdBytes"/> as stored (a '/' or '%' is escaped to three bytes, see State/StorageKeySegment) and the
/// key's separators stay well under (real ids are under 200). The one rule for
/// <c>/api/messages</c> and for the ids clients give Direct Line; an id refused here would otherwise reach the store and
/// fail the turn.
/// </summary>
public static class ActivityIds
{
    /// <summary>The longest id, in UTF-8 bytes as it is stored in a key ('/' and '%' count three).</summary>
    public const int MaxIdBytes = 512;

    /// <summary>Null when the activity's state can be keyed; otherwise why not, for a 400.</summary>
    public static string? Problem(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return Required(activity.ChannelId, "channelId")
            ?? Required(activity.Conversation?.Id, "conversation.id")
            ?? Problem(activity.From?.Id, "from.id");
    }

    /// <summary>Null when <paramref name="id"/> is absent or usable; otherwise why not, naming <paramref name="field"/>.</summary>
    public static string? Problem(string? id, string field) =>
        id is null || IsUsable(id)
            ? null
            : $"The {field} is not a usable id: an id is text of at most {MaxIdBytes} UTF-8 bytes ('/' and '%' count three) with no control character (such as NUL or a line break).";

    /// <summary>True when <paramref name="id"/> is well-formed text without control characters of at most <see cref="MaxIdBytes"/> bytes once escaped.</summary>
    public static bool IsUsable(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var bytes = 0;
        for (var rest = id.AsSpan(); !rest.IsEmpty;)
        {
            // A lone surrogate has no UTF-8 form (the JSON reader refuses them already; other callers may not).
            if (Rune.DecodeFromUtf16(rest, out var rune, out var used) != OperationStatus.Done || rune.Value is < 0x20 or 0x7F)
            {
                return false;
            }

            bytes += rune.Value is '/' or '%' ? 3 : rune.Utf8SequenceLength;
            if (bytes > MaxIdBytes)
            {
                return false;
            }

            rest = rest[used..];
        }

        return true;
    }

    private static string? Required(string? id, string field) =>
        string.IsNullOrWhiteSpace(id) ? $"The activity has no {field}; every channel sends one." : Problem(id, field);
}
