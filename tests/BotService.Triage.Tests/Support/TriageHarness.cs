using BotService.Triage.Evaluation;
using BotService.Triage.Extraction;
using BotService.Triage.Rules;

namespace BotService.Triage.Tests.Support;

/// <summary>A real engine over the embedded rules, with a fixed "now" (no clock in tests).</summary>
public static class TriageHarness
{
    /// <summary>Saturday 2026-11-21 10:00 UTC, the reference time the case files are written against.</summary>
    public static readonly DateTimeOffset Reference = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);

    public static RuleSet Rules { get; } = RuleSetLoader.LoadEmbedded();

    public static TriageEngine Engine { get; } =
        new(new FindingExtractor(), new TriageEvaluator(Rules), new FixedTime(Reference));

    /// <summary>Runs the messages as turns of one conversation and returns the last decision and the findings.</summary>
    public static (TriageDecision Decision, Findings.Findings Findings) Run(params IEnumerable<string> messages)
    {
        var findings = new Findings.Findings();
        TriageDecision? decision = null;
        foreach (var message in messages)
        {
            decision = Engine.Update(findings, message, Reference);
        }

        return (decision ?? Engine.Evaluate(findings), findings);
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
