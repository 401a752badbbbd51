using System.Text.Json;
using System.Text.Json.Nodes;
using BotService.Protocol.Schema;

namespace BotService.Protocol.Tests;

/// <summary>The Activity schema on the wire (protocol.md §1.1): camelCase out, any case in, nulls omitted, raw JSON kept.</summary>
public sealed class ActivitySerializationTests
{
    private const string Incoming = """
        {
          "type": "message", "id": "K3x|0000002", "timestamp": "2025-01-10T09:00:01.123Z",
          "localTimestamp": "2025-01-10T10:00:01.12+01:00", "localTimezone": "Europe/Paris",
          "serviceUrl": "https://directline.botframework.com/", "channelId": "directline",
          "from": { "id": "dl_user42", "name": "Ann", "role": "user", "futureAccountField": 7 },
          "conversation": { "id": "K3x", "tenantId": "t1" },
          "recipient": { "id": "mybot@abc", "name": "MyBot" },
          "locale": "fr-FR", "text": "hello",
          "channelData": { "clientActivityID": "1736499601120abcd", "nested": { "list": [1, 2.5, "x", null, true] } },
          "value": { "answer": [1, 2, 3], "deep": { "a": null } },
          "entities": [
            { "type": "mention", "mentioned": { "id": "28:1", "name": "MyBot" }, "text": "<at>MyBot</at>" },
            { "type": "ClientCapabilities", "requiresBotState": true, "supportsTts": true },
            { "type": "somethingNew", "payload": { "k": [ {}, [] ] } }
          ],
          "attachments": [ { "contentType": "application/vnd.microsoft.card.adaptive",
            "content": { "type": "AdaptiveCard", "version": "1.5", "body": [ { "type": "TextBlock", "text": "Hi" } ] } } ],
          "suggestedActions": { "to": ["dl_user42"], "actions": [ { "type": "imBack", "title": "Help", "value": "help", "futureActionField": 1 } ], "extra": true },
          "reactionsAdded": [ { "type": "like", "futureReactionField": "x" } ],
          "textHighlights": [ { "text": "hello", "occurrence": 1, "futureHighlightField": [] } ],
          "semanticAction": { "id": "s1", "state": "start", "entities": { "e": { "type": "t" } }, "futureSemanticField": {} },
          "relatesTo": { "activityId": "1", "channelId": "directline", "serviceUrl": "https://x/", "conversation": { "id": "c" }, "futureRefField": 2 },
          "expiration": "2025-01-11T09:00:00.0000000Z", "importance": "high", "listenFor": ["yes", "no"],
          "futureTopLevelField": { "keep": "me" },
          "anotherUnknown": 42
        }
        """;

    [Fact]
    public void RoundTripsEveryFieldIncludingUnknownOnesUnchanged()
    {
        var activity = JsonSerializer.Deserialize<Activity>(Incoming, BotJson.Options)!;
        var written = JsonSerializer.Serialize(activity, BotJson.Options);

        var expected = JsonNode.Parse(Incoming)!;

        // The only normalisation: the UTC timestamp is written with full precision and an explicit Z.
        expected["timestamp"] = "2025-01-10T09:00:01.1230000Z";
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(written)), written);
    }

    [Fact]
    public void KeepsRawPayloadsAsJsonElements()
    {
        var activity = JsonSerializer.Deserialize<Activity>(Incoming, BotJson.Options)!;
        var channelData = Assert.IsType<JsonElement>(activity.ChannelData);
        Assert.Equal("1736499601120abcd", channelData.GetProperty("clientActivityID").GetString());
        Assert.Equal(3, Assert.IsType<JsonElement>(activity.Value).GetProperty("answer").GetArrayLength());
        Assert.Equal(JsonValueKind.Object, Assert.IsType<JsonElement>(activity.Attachments![0].Content).ValueKind);
        Assert.Equal("mention", activity.Entities![0].Type);
        Assert.True(activity.AdditionalProperties!.ContainsKey("futureTopLevelField"));
    }

    [Fact]
    public void WritesCamelCaseNamesAndOmitsNulls()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "hi",
            InputHint = InputHints.ExpectingInput,
            ReplyToId = "a|1",
            From = new ChannelAccount("bot", "Bot"),
            SuggestedActions = new SuggestedActions([CardAction.ImBack("Yes")]),
        };
        var json = JsonSerializer.Serialize(activity, BotJson.Options);
        Assert.Equal(
            """{"type":"message","from":{"id":"bot","name":"Bot"},"text":"hi","inputHint":"expectingInput","suggestedActions":{"actions":[{"type":"imBack","title":"Yes","value":"Yes"}]},"replyToId":"a|1"}""",
            json);
    }

    [Fact]
    public void ReadsFieldNamesInAnyCase()
    {
        var activity = JsonSerializer.Deserialize<Activity>(
            """{"TYPE":"message","Text":"hi","ServiceURL":"http://x/","FROM":{"ID":"u"},"ReplyToID":"r"}""", BotJson.Options)!;
        Assert.Equal("message", activity.Type);
        Assert.Equal("hi", activity.Text);
        Assert.Equal("http://x/", activity.ServiceUrl);
        Assert.Equal("u", activity.From?.Id);
        Assert.Equal("r", activity.ReplyToId);
    }

    [Fact]
    public void WritesUtcTimestampsWithAnExplicitZ()
    {
        var activity = new Activity { Type = "message", Timestamp = new DateTimeOffset(2025, 1, 10, 10, 0, 1, TimeSpan.FromHours(1)) };
        Assert.Contains("\"timestamp\":\"2025-01-10T09:00:01.0000000Z\"", JsonSerializer.Serialize(activity, BotJson.Options), StringComparison.Ordinal);
    }

    [Fact]
    public void KeepsTheSendersOffsetOnLocalTimestamps()
    {
        var activity = JsonSerializer.Deserialize<Activity>("""{"type":"message","localTimestamp":"2024-05-01T10:00:00.123-07:00"}""", BotJson.Options)!;
        Assert.Equal(TimeSpan.FromHours(-7), activity.LocalTimestamp!.Value.Offset);
        Assert.Contains("-07:00", JsonSerializer.Serialize(activity, BotJson.Options), StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesJsonDeeperThanTheLimit()
    {
        var deep = "{\"type\":\"message\",\"value\":" + new string('[', 200) + new string(']', 200) + "}";
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Activity>(deep, BotJson.Options));
    }

    [Fact]
    public void BuildsEntitiesFromObjectsAndReadsThemBack()
    {
        var entity = Entity.From("mention", new { Mentioned = new ChannelAccount("28:1", "Bot"), Text = "<at>Bot</at>" });
        var json = JsonSerializer.Serialize(entity, BotJson.Options);
        Assert.Equal("""{"type":"mention","mentioned":{"id":"28:1","name":"Bot"},"text":"<at>Bot</at>"}""", json);
    }

    [Fact]
    public void AnEntityBuiltFromAnObjectLeavesOutNullsAndItsOwnTypeProperty()
    {
        var entity = Entity.From("outcome", new { Type = "ignored", Disposition = "selfcare", Note = (string?)null, RuleIds = new[] { "R1" } });

        Assert.Equal("""{"type":"outcome","disposition":"selfcare","ruleIds":["R1"]}""", JsonSerializer.Serialize(entity, BotJson.Options));
        Assert.IsType<string>(entity.Properties!["disposition"]);
        Assert.IsNotType<JsonElement>(Entity.From("y", new { Count = (int?)3 }).Properties!["count"]);
    }

    [Fact]
    public void AnEntityBuiltFromAnObjectKeepsItsPropertiesIgnoreRules()
    {
        var entity = Entity.From("x", new WithIgnoreRule(0, "kept"));

        Assert.Equal("""{"type":"x","name":"kept"}""", JsonSerializer.Serialize(entity, BotJson.Options));
    }

    [Fact]
    public void AnEntityBuiltFromADictionaryKeepsEveryEntryButType()
    {
        var entity = Entity.From("x", new Dictionary<string, object?> { ["type"] = "ignored", ["@id"] = string.Empty, ["none"] = null });

        Assert.Equal("""{"type":"x","@id":"","none":null}""", JsonSerializer.Serialize(entity, BotJson.Options));
    }

    [Fact]
    public void AnEntityBuiltFromAnObjectWithItsOwnJsonRulesIsWrittenByThoseRules()
    {
        var entity = Entity.From("x", new WithOwnRules(3));

        Assert.Equal("""{"type":"x","count":"3"}""", JsonSerializer.Serialize(entity, BotJson.Options));
        Assert.Equal(3, entity.GetAs<WithOwnRules>()!.Count);
    }

    [Fact]
    public void AnEntityBuiltFromAnObjectHoldingASubclassWritesWhatItsDeclaredTypeWrites()
    {
        var entity = Entity.From("x", new Holder(new Derived { Name = "base", Extra = "hidden" }, 4));

        Assert.Equal("""{"type":"x","item":{"name":"base"},"count":4}""", JsonSerializer.Serialize(entity, BotJson.Options));
    }

    private class Base
    {
        public string? Name { get; set; }
    }

    private sealed class Derived : Base
    {
        public string? Extra { get; set; }
    }

    private sealed record Holder(Base Item, int? Count);

    private sealed record WithIgnoreRule([property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)] int Zero, string Name);

    private sealed record WithOwnRules([property: System.Text.Json.Serialization.JsonNumberHandling(System.Text.Json.Serialization.JsonNumberHandling.WriteAsString | System.Text.Json.Serialization.JsonNumberHandling.AllowReadingFromString)] int Count);
}
