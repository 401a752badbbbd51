using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace BotService.Cli.LoadTest;

/// <summary>
/// Writes the inbound activity for one scripted turn straight to UTF-8 (the tool shares the cores with the host,
/// so it spends as little as it can on its own JSON).
/// </summary>
public static class ActivityBody
{
    public const string ChannelId = "directline";

    public static byte[] Write(ScriptTurn turn, string conversationId, string userId, int sequence, DateTimeOffset timestamp)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", turn.IsJoin ? "conversationUpdate" : "message");
            json.WriteString("id", string.Create(CultureInfo.InvariantCulture, $"{conversationId}|{sequence:D4}"));
            json.WriteString("timestamp", timestamp);
            json.WriteString("channelId", ChannelId);
            json.WriteString("serviceUrl", "http://127.0.0.1/");
            json.WriteString("deliveryMode", "expectReplies");
            json.WriteString("locale", "en-US");
            WriteAccount(json, "from", userId, "user");
            WriteAccount(json, "recipient", "botservice", "bot");
            json.WriteStartObject("conversation");
            json.WriteString("id", conversationId);
            json.WriteEndObject();
            if (turn.IsJoin)
            {
                json.WriteStartArray("membersAdded");
                json.WriteStartObject();
                json.WriteString("id", "botservice");
                json.WriteEndObject();
                json.WriteStartObject();
                json.WriteString("id", userId);
                json.WriteEndObject();
                json.WriteEndArray();
            }
            else
            {
                json.WriteString("text", turn.Text);
                json.WriteString("textFormat", "plain");
            }

            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteAccount(Utf8JsonWriter json, string name, string id, string role)
    {
        json.WriteStartObject(name);
        json.WriteString("id", id);
        json.WriteString("role", role);
        json.WriteEndObject();
    }
}
