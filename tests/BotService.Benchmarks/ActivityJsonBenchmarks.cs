using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BotService.Protocol.Schema;

namespace BotService.Benchmarks;

/// <summary>Cost of reading an inbound activity and writing a reply with the one set of wire JSON rules.</summary>
[MemoryDiagnoser]
public class ActivityJsonBenchmarks
{
    private const string Incoming = """
        {"type":"message","id":"K3x|0000002","timestamp":"2025-01-10T09:00:01.123Z",
         "localTimestamp":"2025-01-10T10:00:01.120+01:00","localTimezone":"Europe/Paris",
         "serviceUrl":"https://directline.botframework.com/","channelId":"directline",
         "from":{"id":"dl_user42","name":"Ann","role":"user"},
         "conversation":{"id":"K3x"},"recipient":{"id":"mybot@abc","name":"MyBot"},
         "locale":"fr-FR","text":"my calf cramps at night",
         "entities":[{"type":"ClientCapabilities","requiresBotState":true,"supportsTts":true}],
         "channelData":{"clientActivityID":"1736499601120abcd"}}
        """;

    private readonly byte[] _incoming = System.Text.Encoding.UTF8.GetBytes(Incoming);
    private Activity _reply = null!;

    [GlobalSetup]
    public void Setup()
    {
        _reply = new Activity
        {
            Type = ActivityTypes.Message,
            From = new ChannelAccount("mybot@abc", "MyBot"),
            Recipient = new ChannelAccount("dl_user42"),
            Conversation = new ConversationAccount("K3x"),
            ReplyToId = "K3x|0000002",
            Text = "How long have the cramps been going on?",
            InputHint = InputHints.ExpectingInput,
            SuggestedActions = new SuggestedActions([CardAction.ImBack("A few days"), CardAction.ImBack("Weeks"), CardAction.ImBack("Months")]),
        };
    }

    [Benchmark]
    public Activity? ReadIncomingActivity() => JsonSerializer.Deserialize<Activity>(_incoming, BotJson.Options);

    [Benchmark]
    public byte[] WriteReply() => JsonSerializer.SerializeToUtf8Bytes(_reply, BotJson.Options);
}
