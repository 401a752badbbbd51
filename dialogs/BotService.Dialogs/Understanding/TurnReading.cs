using BotService.Dialogs.State;
using BotService.Triage.Findings;

namespace BotService.Dialogs.Understanding;

/// <summary>What one message said: the extractor's findings plus the buttons it matched.</summary>
/// <param name="Findings">The extractor's reading, with pressed buttons added.</param>
/// <param name="PickedChoice">The message is (or lists) buttons of the pending question.</param>
/// <param name="None">"None of these", "no", "nothing".</param>
/// <param name="NotSure">"Not sure", "don't know".</param>
public sealed record TurnReading(TurnFindings Findings, bool PickedChoice, bool None, bool NotSure)
{
    /// <summary>The worry finding ("is it ALS?") is worth knowing but describes no symptom.</summary>
    public const string Worry = "worry-serious-illness";

    /// <summary>Says anything the triage reads (a complaint alone counts).</summary>
    public bool HasFindings => Findings.Present.Count > 0 || Findings.Location is not null
        || Findings.Duration is not null || Findings.Denied.Count > 0 || Findings.AskFirst.Count > 0;

    /// <summary>
    /// Describes the person's own problem: a place, a duration, a symptom, trigger or background, a denial, or a body
    /// system named in words the reader does not know ("something is wrong with my chest": asked about, not dismissed).
    /// </summary>
    public bool DescribesProblem => Findings.Location is not null || Findings.Duration is not null || Findings.Denied.Count > 0
        || Findings.AskFirst.Count > 0 || Findings.Present.Any(p => p.Kind != FindingKind.Complaint && p.Name != Worry);

    /// <summary>
    /// Whether this message answers the pending question: a button, "none", "not sure", or what the slot asks
    /// for. For the multi-select questions, a finding counts when it is one of the offered buttons or of the
    /// slot's kind (a worry such as "is it ALS?" is not an answer to "anything else?").
    /// </summary>
    public bool Answers(PendingQuestion pending)
    {
        ArgumentNullException.ThrowIfNull(pending);
        if (PickedChoice || None || NotSure)
        {
            return true;
        }

        var offered = pending.Choices.Select(c => c.Finding).OfType<string>().ToHashSet(StringComparer.Ordinal);
        if (pending.Kind == PendingKind.SafetyCheck)
        {
            // Only its own signs answer the safety check: "it hurts a bit" is noted, and the check is asked again.
            return Findings.Present.Any(p => offered.Contains(p.Name)) || Findings.Denied.Any(offered.Contains);
        }

        var slots = pending.Slot is { } slot ? pending.AlsoCovers.Prepend(slot) : pending.AlsoCovers;
        return slots.Any(s => Answers(s, offered));
    }

    private bool Answers(TriageSlot slot, HashSet<string> offered)
    {
        var f = Findings;
        var kinds = slot switch
        {
            TriageSlot.Symptoms => [FindingKind.Symptom],
            TriageSlot.Triggers => [FindingKind.Trigger],
            TriageSlot.Context => new[] { FindingKind.Medicine, FindingKind.Context },
            _ => [],
        };
        return slot switch
        {
            TriageSlot.Location => f.Location is not null,
            TriageSlot.Duration => f.Duration is not null,
            _ => f.NoneOfThese || f.Denied.Count > 0
                || f.Present.Any(p => offered.Contains(p.Name) || (kinds.Contains(p.Kind) && p.Name != Worry)),
        };
    }
}
