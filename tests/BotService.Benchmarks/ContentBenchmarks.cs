using BenchmarkDotNet.Attributes;
using BotService.Content;
using BotService.Content.Loading;

namespace BotService.Benchmarks;

/// <summary>
/// Time to answer one question: on the real content base (target: median at most 1 ms) and on 10,000 generated
/// passages (target: at most 10 ms). Each benchmark answers the same 16 questions per invocation, so the reported
/// time is per question. Run: dotnet run -c Release --project tests/BotService.Benchmarks -- --filter '*Content*'
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class ContentBenchmarks
{
    private static readonly string[] Questions =
    [
        "what causes muscle twitches?", "can magnesium help?", "which doctor should I see?", "what is an EMG",
        "my eyelid keeps twitching for 4 days, too much coffee", "how do i get rid of a charley horse",
        "im scared its ALS, calf wont stop twitching", "fasiculations all over after the gym",
        "leg cramps at night when pregnant", "when should i worry about a twitch", "what blood tests check cramps",
        "is quinine ok for cramps", "what's the weather tomorrow", "twitching and my hand feels weak",
        "does stress make your eye jump", "tingling lips and hands cramping",
    ];

    private ContentAnswerer _real = null!;
    private ContentAnswerer _large = null!;

    [GlobalSetup]
    public void Setup()
    {
        var contentBase = ContentLoader.Load(Path.Combine(AppContext.BaseDirectory, "Data"));
        _real = new ContentAnswerer(contentBase, new ContentOptions());
        _large = new ContentAnswerer(GeneratedContent.Create(contentBase, 10_000, seed: 42), new ContentOptions());
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _real.Dispose();
        _large.Dispose();
    }

    [Benchmark(OperationsPerInvoke = 16)]
    public int RealContentBase() => AnswerAll(_real);

    [Benchmark(OperationsPerInvoke = 16)]
    public int TenThousandPassages() => AnswerAll(_large);

    private static int AnswerAll(ContentAnswerer answerer)
    {
        var answered = 0;
        foreach (var question in Questions)
        {
            answered += answerer.Answer(question) is null ? 0 : 1;
        }

        return answered;
    }
}
