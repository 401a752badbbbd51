using BenchmarkDotNet.Attributes;
using BotService.DirectLine.Storage;
using BotService.Protocol.Schema;

namespace BotService.Benchmarks;

/// <summary>
/// The Direct Line activity log's cost per user message: append the echo and one bot reply, then the poll that reads
/// them back (what one Web Chat turn costs the store). SQLite is a real file in a temp folder (WAL).
/// </summary>
[MemoryDiagnoser]
public class DirectLineLogBenchmarks
{
    private IActivityLog _sqlite = null!;
    private IActivityLog _memory = null!;
    private Activity _message = null!;
    private string _conversation = null!;
    private long _watermark;

    [Params("Sqlite", "Memory")]
    public string Provider { get; set; } = "Sqlite";

    [GlobalSetup]
    public void Setup()
    {
        _sqlite = new SqliteActivityLog(Path.Combine(Directory.CreateTempSubdirectory("dl-bench-").FullName, "log.db"), TimeProvider.System);
        _memory = new MemoryActivityLog(TimeProvider.System);
        _message = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "my left eyelid has been twitching for three days",
            From = new ChannelAccount("dl_0123456789abcdef", role: RoleTypes.User),
            Conversation = new ConversationAccount("c"),
            ChannelId = Channels.DirectLine,
            Locale = "en-US",
            ChannelData = System.Text.Json.JsonDocument.Parse("""{"clientActivityID":"abc123"}""").RootElement,
        };

        // One long conversation: reads go by (conversation, seq) primary key, so its growing length does not matter.
        _conversation = Guid.NewGuid().ToString("N");
        _watermark = 0;
        Log.CreateConversationAsync(_conversation, CancellationToken.None).GetAwaiter().GetResult();
    }

    private IActivityLog Log => Provider == "Sqlite" ? _sqlite : _memory;

    [Benchmark(Description = "echo + reply + poll")]
    public async Task<int> Turn()
    {
        await Log.AppendAsync(_conversation, _message, CancellationToken.None);
        await Log.AppendAsync(_conversation, _message, CancellationToken.None);
        var page = await Log.ReadAsync(_conversation, _watermark, 100, CancellationToken.None);
        _watermark = page[^1].Seq;
        return page.Count;
    }
}
