using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using BotService.Recognizers;

namespace BotService.Benchmarks;

/// <summary>
/// All recognizers over one realistic 200-character reply (target: median at most 100 µs for AllRecognizers),
/// and each recognizer alone to show where the time goes.
/// Run: dotnet run -c Release --project tests/BotService.Benchmarks -- --filter '*Recognizer*' [--job short] [--inProcess]
/// On a shared, loaded machine wall-clock times inflate; AllRecognizers therefore also prints the process CPU time
/// per call over its whole run (warm-up and overhead runs included, so it errs high).
/// </summary>
[MemoryDiagnoser]
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

    private long _calls;
    private TimeSpan _cpuAtStart;

    [GlobalSetup(Target = nameof(AllRecognizers))]
    public void StartCpuClock()
    {
        _calls = 0;
        _cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
    }

    [GlobalCleanup(Target = nameof(AllRecognizers))]
    public void ReportCpuTime()
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - _cpuAtStart;
        var perCall = cpu.TotalMicroseconds / Math.Max(1, _calls);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// AllRecognizers: {_calls} calls, process CPU {perCall:F1} us per call"));
    }

    [Benchmark(Baseline = true)]
    public int AllRecognizers()
    {
        _calls++;
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
