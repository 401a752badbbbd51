using BenchmarkDotNet.Attributes;
using BotService.Triage;
using BotService.Triage.Evaluation;
using BotService.Triage.Extraction;
using BotService.Triage.Findings;
using BotService.Triage.Rules;

namespace BotService.Benchmarks;

/// <summary>
/// Cost of triage per user message: reading the findings (lexicon, negation, durations through the recognizers) and
/// evaluating the rules table. Each benchmark handles the same 16 messages per invocation, so the reported time is
/// per message. Run: dotnet run -c Release --project tests/BotService.Benchmarks -- --filter '*Triage*'
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class TriageBenchmarks
{
    private static readonly DateTimeOffset Reference = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);

    private static readonly string[] Messages =
    [
        "my left eyelid has been twitching for about 4 days. exam week, like 5 coffees a day and not much sleep",
        "arm twitching on and off today and now a crushing pain in my chest going down my left arm",
        "woke up with a calf cramp about 15 mins ago and it still wont let go even when i stretch",
        "calf twitching since yesterday. i do NOT have any weakness or numbness and no chest pain, just had loads of coffee",
        "my right bicep has been twitching for about 5 weeks. no weakness, lifts fine",
        "started a new antidepressant yesterday and today I'm jittery, legs twitching, sweating a lot. no fever",
        "none", "about 3 weeks", "stress at work I guess",
        "thyroid op 3 days ago. fingers tingly and the skin round my mouth keeps twitching",
        "worried it might be ALS because my thumb twitches, started 3 days ago, lots of stress",
        "32 weeks pregnant and my left calf has been cramping, its swollen and warm to touch",
        "ngl my eye been twitchin for like 3 days lol, finals + redbull",
        "twitches all over my legs and arms for a month and lately my legs feel weak going up stairs",
        "sometimes my whole body jerks just as Im falling asleep, like Im falling",
        "my grandmas hand shakes when she holds her cup and its been getting worse this past year",
    ];

    private static readonly string LongestHistory =
        string.Concat(Enumerable.Repeat("my dad had a stroke years ago and ", FindingExtractor.MaxLength / 34 + 1))[..FindingExtractor.MaxLength];

    private static readonly string LongestDenials =
        string.Concat(Enumerable.Repeat("not weak not numb ", FindingExtractor.MaxLength / 18 + 1))[..FindingExtractor.MaxLength];

    private static readonly string LongestChecklist =
        string.Concat(Enumerable.Repeat("chest pain -ve sob? no cp? no ", FindingExtractor.MaxLength / 30 + 1))[..FindingExtractor.MaxLength];

    private static readonly string LongestMessage = string.Join(' ', Enumerable.Repeat(string.Join(' ', Messages), 20))[..FindingExtractor.MaxLength];

    private FindingExtractor _extractor = null!;
    private TriageEvaluator _evaluator = null!;
    private Findings[] _findings = null!;

    [GlobalSetup]
    public void Setup()
    {
        _extractor = new FindingExtractor();
        _evaluator = new TriageEvaluator(RuleSetLoader.LoadEmbedded());
        _findings = [.. Messages.Select(m =>
        {
            var findings = new Findings();
            findings.Apply(_extractor.Read(m, Reference));
            return findings;
        })];
    }

    [Benchmark(OperationsPerInvoke = 16)]
    public int ReadMessage()
    {
        var total = 0;
        foreach (var message in Messages)
        {
            total += _extractor.Read(message, Reference).Present.Count;
        }

        return total;
    }

    /// <summary>
    /// The longest message the extractor reads (its cap, 16,000 characters), made of the messages above: how long an
    /// emergency can wait behind a pasted wall of text.
    /// </summary>
    [Benchmark]
    public int ReadLongestMessage() => _extractor.Read(LongestMessage, Reference).Present.Count;

    /// <summary>
    /// The cap filled with one clause of someone else's old events ("my dad had a stroke years ago and ..."), each of
    /// which the reader judges against what follows it: the worst case of setting history aside.
    /// </summary>
    [Benchmark]
    public int ReadLongestHistory() => _extractor.Read(LongestHistory, Reference).Present.Count;

    /// <summary>
    /// The cap filled with one clause of denied mentions: each is judged by the words before it, which once meant
    /// searching all of them again (about 150 ms then, timed with a stopwatch; under 10 ms here since).
    /// </summary>
    [Benchmark]
    public int ReadLongestDenials() => _extractor.Read(LongestDenials, Reference).Denied.Count;

    /// <summary>
    /// The cap filled with checklist marks and answered questions: each "-ve" once asked whether anything after it took
    /// it back, and each "?" whether a long answer ended in "no", reading the rest of the text again (165-263 ms and
    /// about 240 ms, timed with a stopwatch, twenty-third session).
    /// </summary>
    [Benchmark]
    public int ReadLongestChecklist() => _extractor.Read(LongestChecklist, Reference).Denied.Count;

    [Benchmark(OperationsPerInvoke = 16)]
    public int Evaluate()
    {
        var total = 0;
        foreach (var findings in _findings)
        {
            total += (int)_evaluator.Evaluate(findings).Level;
        }

        return total;
    }
}
