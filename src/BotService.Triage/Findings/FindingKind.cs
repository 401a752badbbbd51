namespace BotService.Triage.Findings;

/// <summary>What a finding is about; decides which list it lives in and which question would reveal it.</summary>
public enum FindingKind
{
    /// <summary>What the movement is: twitching, cramp, spasm, tremor, sleep jerk.</summary>
    Complaint,

    /// <summary>Anything else the person notices (weakness, chest pain, dark urine...).</summary>
    Symptom,

    /// <summary>Everyday triggers (stress, caffeine, poor sleep...).</summary>
    Trigger,

    /// <summary>A medicine class, or a new or suspected medicine.</summary>
    Medicine,

    /// <summary>Background that changes the advice (wound, head injury, pregnancy, surgery...).</summary>
    Context,
}
