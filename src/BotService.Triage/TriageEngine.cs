using BotService.Triage.Evaluation;
using BotService.Triage.Extraction;
using BotService.Triage.Findings;

namespace BotService.Triage;

/// <summary>
/// The one entry point for the conversation: read each message into the accumulated <see cref="Findings.Findings"/>,
/// then evaluate. Stateless and thread-safe; register it as a singleton.
/// </summary>
public sealed class TriageEngine(FindingExtractor extractor, TriageEvaluator evaluator, TimeProvider time)
{
    /// <summary>The finding names, kinds and labels (use a label as a button title for an <see cref="OpenQuestion"/> finding).</summary>
    public static Lexicon Lexicon => Lexicon.Default;

    /// <summary>Records a finding chosen from a button ("weakness"), then evaluates.</summary>
    public TriageDecision Confirm(Findings.Findings findings, string findingName)
    {
        ArgumentNullException.ThrowIfNull(findings);
        if (!Lexicon.Definitions.TryGetValue(findingName, out var definition))
        {
            throw new ArgumentException($"Unknown finding name '{findingName}'.", nameof(findingName));
        }

        findings.Add(findingName, definition.Kind);
        return evaluator.Evaluate(findings);
    }

    /// <summary>Records that a finding is absent (a "no" to a yes/no question), then evaluates.</summary>
    public TriageDecision Deny(Findings.Findings findings, string findingName)
    {
        ArgumentNullException.ThrowIfNull(findings);
        if (!Lexicon.IsKnown(findingName))
        {
            throw new ArgumentException($"Unknown finding name '{findingName}'.", nameof(findingName));
        }

        findings.Deny(findingName);
        return evaluator.Evaluate(findings);
    }

    /// <summary>Reads one message without merging it (what did this message say?).</summary>
    public TurnFindings Read(string text, DateTimeOffset reference, string? knownLocation = null, string? signNamedBefore = null, bool complaintSaidBefore = false) =>
        extractor.Read(text, reference, knownLocation, signNamedBefore, complaintSaidBefore);

    /// <summary>Reads a message, merges it into <paramref name="findings"/> and evaluates, in one call per turn.</summary>
    public TriageDecision Update(Findings.Findings findings, string text, DateTimeOffset reference)
    {
        ArgumentNullException.ThrowIfNull(findings);
        findings.Apply(extractor.Read(text, reference, findings.Location, findings.SignNamedBefore, findings.Complaints.Count > 0));
        return evaluator.Evaluate(findings);
    }

    /// <summary>As <see cref="Update(Findings.Findings, string, DateTimeOffset)"/> with "now" from the TimeProvider.</summary>
    public TriageDecision Update(Findings.Findings findings, string text) =>
        Update(findings, text, time.GetUtcNow());

    public TriageDecision Evaluate(Findings.Findings findings) => evaluator.Evaluate(findings);

    /// <summary>The level the findings would reach with <paramref name="findingName"/> as well (findings unchanged).</summary>
    public TriageLevel LevelWith(Findings.Findings findings, string findingName) => evaluator.LevelWith(findings, findingName);

    /// <summary>The level with each candidate added on its own (findings unchanged), weighed from one snapshot.</summary>
    public IReadOnlyList<TriageLevel> LevelsWith(Findings.Findings findings, IReadOnlyList<string> candidates) =>
        evaluator.LevelsWith(findings, candidates);

    /// <summary>The entity payload for a message that gives a disposition.</summary>
    public static TriageOutcome ToOutcome(TriageDecision decision, Findings.Findings findings)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(findings);
        return new TriageOutcome(decision.Disposition, decision.RuleIds, findings.ToOutcome());
    }
}
