using BotService.Triage.Findings;

namespace BotService.Dialogs.State;

/// <summary>
/// One conversation's triage: the findings so far, the question waiting for an answer, the questions asked (for
/// "back") and the highest level already given. A small mutable class because it lives in conversation state.
/// </summary>
public sealed class TriageConversation
{
    public Findings Findings { get; set; } = new();

    /// <summary>The question the bot is waiting on, or null when it is not waiting on one.</summary>
    public PendingQuestion? Pending { get; set; }

    /// <summary>Slots asked in this triage, in order, so "back" knows the previous question.</summary>
    public List<TriageSlot> Asked { get; set; } = [];

    /// <summary>What was known when each question in <see cref="Asked"/> was asked, so "back" can forget its answer.</summary>
    public List<Findings> KnownWhenAsked { get; set; } = [];

    /// <summary>Warning signs already asked about by the safety check, so it asks about each once (null until then: most
    /// conversations never have one, and an empty list would be written with every turn's state).</summary>
    public List<string>? SafetyChecked { get; set; }

    /// <summary>Set once the "I understood: ..." line has been shown in this triage.</summary>
    public bool Confirmed { get; set; }

    /// <summary>The highest level already given ("urgent"), so a red flag is announced once, not every turn.</summary>
    public string? GivenLevel { get; set; }

    /// <summary>Records that <paramref name="slot"/> is being asked, with what is known at this moment.</summary>
    public void MarkAsked(TriageSlot slot)
    {
        Asked.Add(slot);
        KnownWhenAsked.Add(Findings.Copy());
    }

    /// <summary>Forgets the triage (start over, cancel).</summary>
    public void Reset()
    {
        Findings = new Findings();
        Pending = null;
        Asked.Clear();
        KnownWhenAsked.Clear();
        SafetyChecked = null;
        Confirmed = false;
        GivenLevel = null;
    }
}
