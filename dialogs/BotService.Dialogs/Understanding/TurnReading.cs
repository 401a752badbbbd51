using BotService.Triage.Findings;

namespace BotService.Dialogs.Understanding;

/// <summary>What one message said: the extractor's findings plus the buttons it matched.</summary>
/// <param name="Findings">The extractor's reading, with pressed buttons added.</param>
/// <param name="PickedChoice">The message is (or lists) buttons of the pending question.</param>
/// <param name="None">"None of these", "no", "nothing".</param>
/// <param name="NotSure">"Not sure", "don't know".</param>
public sealed record TurnReading(TurnFindings Findings, bool PickedChoice, bool None, bool NotSure)
{
    /// <summary>Says something about the person's problem (more than a command or a general question).</summary>
    public bool HasFindings => !Findings.IsEmpty && (Findings.Present.Count > 0 || Findings.Location is not null
        || Findings.Duration is not null || Findings.Denied.Count > 0);

    /// <summary>Whether this message answers a question about <paramref name="slot"/>.</summary>
    public bool Answers(TriageSlot slot, IReadOnlyCollection<TriageSlot>? alsoCovers = null)
    {
        if (alsoCovers is not null && alsoCovers.Any(a => a != slot && Answers(a)))
        {
            return true;
        }

        if (PickedChoice || None || NotSure)
        {
            return true;
        }

        var f = Findings;
        return slot switch
        {
            TriageSlot.Location => f.Location is not null,
            TriageSlot.Duration => f.Duration is not null,
            TriageSlot.Symptoms => f.NoneOfThese || f.Denied.Count > 0 || f.Present.Any(p => p.Kind == FindingKind.Symptom),
            TriageSlot.Triggers => f.NoneOfThese || f.Denied.Count > 0 || f.Present.Any(p => p.Kind == FindingKind.Trigger),
            _ => f.NoneOfThese || f.Denied.Count > 0 || f.Present.Any(p => p.Kind is FindingKind.Medicine or FindingKind.Context),
        };
    }
}
