using System.IO.Pipelines;
using System.Text;
using BotService.Protocol.Hosting;
using BotService.Protocol.Schema;

namespace BotService.Protocol.Tests.Hosting;

public sealed class JsonRequestBodyTests
{
    [Fact]
    public async Task ReadsAnActivityWhoseBytesArriveInManySmallSegments()
    {
        var pipe = new Pipe(new PipeOptions(minimumSegmentSize: 16, pauseWriterThreshold: 0));
        var json = """{"type":"message","text":"my eyelid keeps twitching","conversation":{"id":"c1"}}""";
        foreach (var piece in Encoding.UTF8.GetBytes(json).Chunk(7))
        {
            await pipe.Writer.WriteAsync(piece);
        }

        await pipe.Writer.CompleteAsync();
        var body = await JsonRequestBody.ReadAsync<Activity>(pipe.Reader, 4096, BotJson.Options, CancellationToken.None);

        Assert.Equal(JsonBodyStatus.Read, body.Status);
        Assert.Equal("my eyelid keeps twitching", body.Value!.Text);
        Assert.Equal("c1", body.Value.Conversation!.Id);
    }

    [Fact]
    public async Task WaitsForTheRestOfABodyThatArrivesWhileItIsBeingRead()
    {
        var pipe = new Pipe();
        var json = Encoding.UTF8.GetBytes("""{"type":"message","text":"it started on Monday"}""");
        await pipe.Writer.WriteAsync(json.AsMemory(0, 20));
        var reading = JsonRequestBody.ReadAsync<Activity>(pipe.Reader, 4096, BotJson.Options, CancellationToken.None);
        await Task.Delay(50);
        Assert.False(reading.IsCompleted);

        await pipe.Writer.WriteAsync(json.AsMemory(20));
        await pipe.Writer.CompleteAsync();
        var body = await reading.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(JsonBodyStatus.Read, body.Status);
        Assert.Equal("it started on Monday", body.Value!.Text);
    }

    [Fact]
    public async Task StopsWhenTheReadIsCancelled()
    {
        var pipe = new Pipe();
        await pipe.Writer.WriteAsync(Encoding.UTF8.GetBytes("""{"type":"mess"""));
        var reading = JsonRequestBody.ReadAsync<Activity>(pipe.Reader, 4096, BotJson.Options, CancellationToken.None);
        pipe.Reader.CancelPendingRead();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reading.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Theory]
    [InlineData("""{"type":"message"} {"type":"message"}""")]
    [InlineData("""{"type":"message"}x""")]
    [InlineData("   ")]
    public async Task CallsABodyWithAnythingButOneJsonValueInvalid(string json)
    {
        var body = await ReadAsync(json, 4096);
        Assert.Equal(JsonBodyStatus.Invalid, body.Status);
    }

    [Fact]
    public async Task SaysWhereTheJsonBroke()
    {
        var body = await ReadAsync("""{"type":"message","from":{"id":42}}""", 4096);
        Assert.Equal(JsonBodyStatus.Invalid, body.Status);
        Assert.Equal("$.from.id", body.ErrorPath);
    }

    [Fact]
    public async Task SaysWhereTheJsonBrokeInABodyOfSeveralSegments()
    {
        var pipe = new Pipe(new PipeOptions(minimumSegmentSize: 16, pauseWriterThreshold: 0));
        foreach (var piece in Encoding.UTF8.GetBytes("""{"type":"message","text":tru}""").Chunk(5))
        {
            await pipe.Writer.WriteAsync(piece);
        }

        await pipe.Writer.CompleteAsync();
        var body = await JsonRequestBody.ReadAsync<Activity>(pipe.Reader, 4096, BotJson.Options, CancellationToken.None);

        Assert.Equal(JsonBodyStatus.Invalid, body.Status);
        Assert.Equal("$.text", body.ErrorPath);
    }

    [Fact]
    public async Task TellsAnEmptyBodyFromAnInvalidOne()
    {
        var body = await ReadAsync(string.Empty, 4096);
        Assert.Equal(JsonBodyStatus.Empty, body.Status);
    }

    [Fact]
    public async Task StopsAtTheLimitWithoutWaitingForTheRestOfTheBody()
    {
        var pipe = new Pipe();
        await pipe.Writer.WriteAsync(new byte[2049]);

        // The writer never completes: a reader that waited for the whole body would hang here.
        var body = await JsonRequestBody.ReadAsync<Activity>(pipe.Reader, 2048, BotJson.Options, CancellationToken.None)
            .WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(JsonBodyStatus.TooLarge, body.Status);
    }

    [Fact]
    public async Task AcceptsABodyOfExactlyTheLimit()
    {
        var json = """{"type":"message","text":"x"}""";
        var body = await ReadAsync(json, Encoding.UTF8.GetByteCount(json));
        Assert.Equal(JsonBodyStatus.Read, body.Status);
    }

    private static async Task<JsonBody<Activity>> ReadAsync(string json, int limit)
    {
        var pipe = new Pipe();
        await pipe.Writer.WriteAsync(Encoding.UTF8.GetBytes(json));
        await pipe.Writer.CompleteAsync();
        return await JsonRequestBody.ReadAsync<Activity>(pipe.Reader, limit, BotJson.Options, CancellationToken.None);
    }
}
