using System.Globalization;
using System.Text.Json;
using BotService.Protocol.Schema;

namespace BotService.DirectLine.Storage;

/// <summary>Shared by the providers: the id format, the monotonic timestamp rule, and the stored JSON.</summary>
internal static class ActivityStamp
{
    /// <summary>The Direct Line id form <c>convId|0000001</c> (protocol.md §5.1).</summary>
    public static string Id(string conversationId, long seq) => conversationId + "|" + seq.ToString("D7", CultureInfo.InvariantCulture);

    /// <summary>The sequence number in an id of <paramref name="conversationId"/>, or null when the id is not one of its ids.</summary>
    public static long? SeqOf(string conversationId, string? id) =>
        id is not null && id.Length >= conversationId.Length + 8 && id.StartsWith(conversationId + "|", StringComparison.Ordinal)
            && long.TryParse(id.AsSpan(conversationId.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var seq)
            ? seq
            : null;

    /// <summary>
    /// Now, or one microsecond after the previous activity when a clock (or another instance's clock) is behind:
    /// Web Chat orders by timestamp, so timestamps must never go backwards within a conversation.
    /// </summary>
    public static long NextMicros(DateTimeOffset now, long lastMicros) => Math.Max(ToMicros(now), lastMicros + 1);

    /// <summary>
    /// How far a conversation's indexed <c>updated</c> may lag its last activity (<c>last_micros</c>). Moving it on every
    /// append moved its index entry too, two more pages written per append; now it moves once an hour at most, and the
    /// expiry sweep checks <c>last_micros</c> as well, so a conversation is still deleted only when idle for the full retention.
    /// </summary>
    public const long UpdatedLagMicros = 3_600_000_000;

    public static long ToMicros(DateTimeOffset value) => (value.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;

    public static DateTimeOffset FromMicros(long micros) => new(DateTimeOffset.UnixEpoch.UtcTicks + (micros * 10), TimeSpan.Zero);

    public static (Activity Stamped, string Json) Stamp(string conversationId, Activity activity, long seq, long micros)
    {
        var stamped = activity.Clone();
        stamped.Id = Id(conversationId, seq);
        stamped.Timestamp = FromMicros(micros);
        return (stamped, JsonSerializer.Serialize(stamped, BotJson.Options));
    }
}
