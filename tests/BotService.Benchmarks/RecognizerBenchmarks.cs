using System.Globalization;
using BenchmarkDotNet.Attributes;
using BotService.Recognizers;

namespace BotService.Benchmarks;

/// <summary>
/// All recognizers over one realistic 200-character reply (target: median at most 100 µs for AllRecognizers),
/// and each recognizer alone to show where the time goes.
/// Run: dotnet run -c Release --project tests/BotService.Benchmarks -- --filter '*Recognizer*' [--job short] [--inProcess]
/// On a shared, loaded machine wall-clock times inflate; after its run AllRecognizers therefore also prints the
/// thread CPU time per call (Linux only).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class RecognizerBenchmarks
{
    // 200 characters: duration range with hedge, frequency, onset, yes/no, a choice by pronoun.
    private const string Utterance =
        "My left eyelid has been twitching on and off for about 2-3 weeks now, mostly in the evening, maybe twice a " +
        "day. It got worse since last Monday. No fever; no, not really worried, but it is the left one";

    private static readonly DateTime Reference = new(2026, 11, 21, 0, 0, 0, DateTimeKind.Unspecified);

    private static readonly ChoiceOption[] BodyParts =
    [
        new("eyelid", ["eye", "eye lid"]), new("left leg"), new("right leg"), new("calf"), new("hand", ["fingers", "thumb"]),
    ];

    [GlobalCleanup(Target = nameof(AllRecognizers))]
    public void ReportThreadCpuTime()
    {
        // Thread CPU time (Linux schedstat): what the calls cost on a core, whatever else the machine is doing.
        const string schedStat = "/proc/thread-self/schedstat";
        if (!File.Exists(schedStat))
        {
            return;
        }

        static long Nanoseconds() => long.Parse(File.ReadAllText(schedStat).Split(' ')[0], CultureInfo.InvariantCulture);
        var batches = new List<double>();
        for (var b = 0; b < 9; b++)
        {
            var start = Nanoseconds();
            for (var i = 0; i < 1000; i++)
            {
                AllRecognizers();
            }

            batches.Add((Nanoseconds() - start) / 1000.0 / 1000);
        }

        batches.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// AllRecognizers thread CPU per call: median {batches[4]:F1} us (9 batches of 1000)"));
    }

    [Benchmark(Baseline = true)]
    public int AllRecognizers()
    {
        return EntityRecognizer.RecognizeAll(Utterance, Culture.English, Reference).Count
            + ChoiceRecognizer.RecognizeChoices(Utterance, BodyParts).Count
            + (DurationReader.Read(Utterance, Reference) is null ? 0 : 1);
    }

    [Benchmark]
    public int DateTimeOnly() => DateTimeRecognizer.RecognizeDateTime(Utterance, Culture.English, Reference).Count;

    [Benchmark]
    public int NumberOnly() => NumberRecognizer.RecognizeNumber(Utterance, Culture.English).Count;

    [Benchmark]
    public int BooleanOnly() => BooleanRecognizer.RecognizeBoolean(Utterance, Culture.English).Count;

    [Benchmark]
    public int ChoicesOnly() => ChoiceRecognizer.RecognizeChoices(Utterance, BodyParts).Count;
}
