namespace BotService.Triage.Findings;

/// <summary>The questions the conversation can ask; each finding is revealed by one of them.</summary>
public enum TriageSlot
{
    /// <summary>Where is it?</summary>
    Location,

    /// <summary>How long has it gone on?</summary>
    Duration,

    /// <summary>What else is happening (multi-select with "none")?</summary>
    Symptoms,

    /// <summary>Triggers such as stress, caffeine, sleep, exercise.</summary>
    Triggers,

    /// <summary>Medicines and background (wound, injury, pregnancy, surgery).</summary>
    Context,
}
