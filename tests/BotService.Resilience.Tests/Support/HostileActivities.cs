using System.Text;
using System.Text.Json.Nodes;

namespace BotService.Resilience.Tests.Support;

/// <summary>
/// Deterministic hostile bodies for /api/messages and Direct Line: broken JSON, deep nesting, huge strings, wrong
/// types, unknown types, missing ids, hostile conversation and user ids, another conversation's id, and Teams-shaped
/// activities with odd scopes, mentions, card values, invokes and member lists. The same seed gives the same sequence.
/// </summary>
public sealed class HostileActivities(int seed, string victimConversationId, string victimUserId)
{
    private readonly Random _random = new(seed);

    public static string[] HostileIds(string victimConversationId, string victimUserId) =>
    [
        "../x", "../../etc/passwd", "..%2F..%2Fx", "%00", "\0", "a\0b", "/", "//", "\\..\\x", " ", "\t\n", "",
        new string('c', 20_000), "😀会話שלום", "\u202Eevil", "\uFFFF\uFFFE", "conv%2Fusers%2Fx", "null", "*",
        $"{victimConversationId}/users/{victimUserId}", victimConversationId + "/", victimConversationId.ToUpperInvariant(),
        "' OR '1'='1", "\"; DROP TABLE bot_storage; --", "$(reboot)", "<script>alert(1)</script>",
    ];

    /// <summary>The next body as raw bytes (not always JSON) and a short label for failure messages.</summary>
    public (byte[] Body, string Label) Next()
    {
        var kind = _random.Next(11);
        return kind switch
        {
            9 => TeamsShaped(),
            0 => BrokenJson(),
            1 => DeepNesting(),
            2 => HugeStrings(),
            3 => WrongTypes(),
            4 => UnknownType(),
            5 => MissingIds(),
            6 => HostileId(),
            7 => OtherUsersConversation(),
            8 => InvalidUtf8(),
            _ => Valid(),
        };
    }

    private JsonObject Activity(string type = "message", string? conversationId = null, string? userId = null) => new()
    {
        ["type"] = type,
        ["id"] = "fz-" + _random.Next(),
        ["channelId"] = "directline",
        ["serviceUrl"] = "http://127.0.0.1/",
        ["deliveryMode"] = "expectReplies",
        ["from"] = new JsonObject { ["id"] = userId ?? "fuzz-user-" + _random.Next(50), ["role"] = "user" },
        ["recipient"] = new JsonObject { ["id"] = "botservice" },
        ["conversation"] = new JsonObject { ["id"] = conversationId ?? "fuzz-conv-" + _random.Next(50) },
        ["text"] = Pick("hi", "my calf twitches", "None of these", "help", "back", "start over", "what is an EMG?", "A few days"),
    };

    private (byte[], string) BrokenJson()
    {
        var valid = Encoding.UTF8.GetBytes(Activity().ToJsonString());
        return _random.Next(6) switch
        {
            0 => (valid[..Math.Max(1, _random.Next(valid.Length - 1))], "truncated json"),
            1 => (Encoding.UTF8.GetBytes(Pick("{", "[", "]", "}", "null", "123", "\"text\"", "true", "{{}}", "{\"type\":}", "{'type':'message'}", "{\"type\":\"message\",}")), "not an object"),
            2 => (RandomBytes(_random.Next(1, 2000)), "random bytes"),
            3 => ([], "empty body"),
            4 => (Encoding.UTF8.GetBytes("{\"type\":\"message\",\"text\":\"a\\u12\"}"), "bad escape"),
            _ => (Encoding.UTF8.GetBytes("{\"type\":\"message\",\"type\":\"event\",\"text\":1e999999}"), "duplicate keys and overflowing number"),
        };
    }

    private (byte[], string) DeepNesting()
    {
        var depth = Pick(64, 127, 129, 500, 5000, 100_000);
        var field = Pick("channelData", "value", "text", "entities");
        var open = _random.Next(2) == 0 ? "[" : "{\"a\":";
        var close = open == "[" ? "]" : "}";
        var nested = new StringBuilder().Insert(0, open, depth).Append('1').Insert(0, string.Empty).Append(new StringBuilder().Insert(0, close, depth)).ToString();
        var json = $"{{\"type\":\"message\",\"channelId\":\"directline\",\"deliveryMode\":\"expectReplies\",\"from\":{{\"id\":\"u\"}},\"conversation\":{{\"id\":\"deep\"}},\"{field}\":{nested}}}";
        return (Encoding.UTF8.GetBytes(json), $"nesting {depth} in {field}");
    }

    private (byte[], string) HugeStrings()
    {
        var activity = Activity();
        var size = Pick(10_000, 100_000, 250_000, 300_000, 2_000_000);
        var field = Pick("text", "id", "locale", "name");
        var huge = new string(Pick('a', 'é', '会', ' '), size);
        if (field == "name")
        {
            activity["from"]!["name"] = huge;
        }
        else
        {
            activity[field] = huge;
        }

        return (Encoding.UTF8.GetBytes(activity.ToJsonString()), $"{size} chars in {field}");
    }

    private (byte[], string) WrongTypes()
    {
        var activity = Activity();
        var field = Pick("type", "text", "from", "conversation", "recipient", "timestamp", "entities", "attachments",
            "membersAdded", "deliveryMode", "locale", "suggestedActions", "channelData", "value", "replyToId", "serviceUrl", "id", "channelId");
        activity[field] = _random.Next(6) switch
        {
            0 => 42,
            1 => new JsonArray(1, "x", null),
            2 => new JsonObject { ["nested"] = true },
            3 => "not-what-you-expect",
            4 => false,
            _ => null,
        };
        return (Encoding.UTF8.GetBytes(activity.ToJsonString()), $"wrong type for {field}");
    }

    private (byte[], string) UnknownType()
    {
        var type = Pick("weird", "invoke", "event", "messageReaction", "installationUpdate", "endOfConversation", "typing",
            "conversationUpdate", "messageUpdate", "messageDelete", "command", "handoff", "trace", "MESSAGE", " message");
        var activity = Activity(type);
        activity["name"] = Pick("adaptiveCard/action", "task/fetch", "unknown/thing", "signin/verifyState", "", "\0");
        activity["value"] = Pick<JsonNode?>(null, new JsonObject { ["action"] = "x" }, 5, "v");
        activity["membersAdded"] = Pick<JsonNode?>(null, new JsonArray(new JsonObject { ["id"] = "botservice" }), new JsonArray(null, 3));
        return (Encoding.UTF8.GetBytes(activity.ToJsonString()), $"type {type}");
    }

    /// <summary>What the Teams middleware reads: scope, tenant, mentions, a card's value, an invoke's name, members added.</summary>
    private (byte[], string) TeamsShaped()
    {
        var type = Pick("message", "message", "invoke", "conversationUpdate", "installationUpdate", "messageReaction");
        var activity = Activity(type);
        activity["channelId"] = "msteams";
        var conversation = activity["conversation"]!.AsObject();
        conversation["conversationType"] = Pick<JsonNode?>("personal", "groupChat", "channel", null, "weird", 7);
        conversation["isGroup"] = Pick<JsonNode?>(null, true, false, "yes");
        conversation["tenantId"] = Pick<JsonNode?>(null, "tenant-1", "", new JsonArray());
        activity["channelData"] = Pick<JsonNode?>(null, new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
            new JsonObject { ["team"] = new JsonObject { ["id"] = "19:team" }, ["channel"] = new JsonObject { ["id"] = 5 } }, "text", new JsonArray(1));
        activity["text"] = Pick<JsonNode?>("<at>Twitch Helper</at> my calf twitches", "&lt;at&gt;Twitch Helper&lt;/at&gt; help", "", null, "chest pain", "<at></at>");
        activity["entities"] = Pick<JsonNode?>(null, new JsonArray(
            new JsonObject { ["type"] = "mention", ["mentioned"] = new JsonObject { ["id"] = "botservice" }, ["text"] = Pick<JsonNode?>("<at>Twitch Helper</at>", "chest", "", null, 5) }),
            new JsonArray(new JsonObject { ["type"] = "mention", ["mentioned"] = "botservice" }, null, 3), "mention");
        activity["value"] = Pick<JsonNode?>(null, new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "v", ["data"] = new JsonObject() } },
            new JsonObject { ["botserviceAnswer"] = Pick<JsonNode?>(5, "Weakness", new JsonArray("a", null), null) }, new JsonArray(1, 2), "submit", 42);
        activity["name"] = Pick<JsonNode?>("adaptiveCard/action", "task/fetch", "composeExtension/query", "signin/verifyState", "healthCheck", "", null, 3);
        activity["membersAdded"] = Pick<JsonNode?>(null, new JsonArray(new JsonObject { ["id"] = "botservice" }),
            new JsonArray(new JsonObject { ["id"] = "29:a" }, new JsonObject { ["id"] = "29:b" }, new JsonObject()), new JsonArray(null, "x"));
        activity["action"] = Pick<JsonNode?>(null, "add", "remove", "weird");
        return (Encoding.UTF8.GetBytes(activity.ToJsonString()), $"Teams-shaped {type}");
    }

    private (byte[], string) MissingIds()
    {
        var activity = Activity();
        var field = Pick("conversation", "from", "recipient", "channelId", "serviceUrl", "id", "deliveryMode");
        activity.Remove(field);
        if (_random.Next(3) == 0 && activity["conversation"] is JsonObject conversation)
        {
            conversation.Remove("id");
        }

        return (Encoding.UTF8.GetBytes(activity.ToJsonString()), $"no {field}");
    }

    private (byte[], string) HostileId()
    {
        var ids = HostileIds(victimConversationId, victimUserId);
        var id = ids[_random.Next(ids.Length)];
        var activity = _random.Next(3) switch
        {
            0 => Activity(conversationId: id),
            1 => Activity(userId: id),
            _ => Activity(conversationId: id, userId: id),
        };
        if (_random.Next(4) == 0)
        {
            activity["channelId"] = id;
        }

        return (Encoding.UTF8.GetBytes(activity.ToJsonString()), $"hostile id '{(id.Length > 40 ? id[..40] + "..." : id)}'");
    }

    private (byte[], string) OtherUsersConversation()
    {
        var activity = Activity(conversationId: victimConversationId, userId: "mallory-" + _random.Next(5));
        return (Encoding.UTF8.GetBytes(activity.ToJsonString()), "another user in the victim's conversation");
    }

    private (byte[], string) InvalidUtf8()
    {
        var valid = Encoding.UTF8.GetBytes(Activity().ToJsonString());
        var text = Array.IndexOf(valid, (byte)'t');
        valid[Math.Max(0, text)] = 0xC3;
        return ([.. valid, 0xFF, 0xFE], "invalid UTF-8");
    }

    private (byte[], string) Valid() => (Encoding.UTF8.GetBytes(Activity().ToJsonString()), "valid message");

    private byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        _random.NextBytes(bytes);
        return bytes;
    }

    private T Pick<T>(params T[] choices) => choices[_random.Next(choices.Length)];
}
