using System.Globalization;
using System.Text.Json;
using BotService.DirectLine.Storage;

namespace BotService.DirectLine.Endpoints;

/// <summary>
/// Writes an ActivitySet <c>{"activities":[...],"watermark":"N"}</c> from stored JSON without re-serialising the
/// activities: they go out byte for byte as stored, which keeps <c>channelData.clientActivityID</c> intact.
/// </summary>
internal static class ActivitySetWriter
{
    public static byte[] Write(IEnumerable<StoredActivity> activities, long watermark)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("activities");
            foreach (var activity in activities)
            {
                writer.WriteRawValue(activity.Json, skipInputValidation: true);
            }

            writer.WriteEndArray();
            writer.WriteString("watermark", watermark.ToString(CultureInfo.InvariantCulture));
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>Empty or missing means "from the start" (DirectLineJS sends <c>?watermark=</c> first).</summary>
    public static bool TryParseWatermark(string? value, out long watermark)
    {
        watermark = 0;
        return string.IsNullOrEmpty(value) || (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out watermark) && watermark >= 0);
    }
}
