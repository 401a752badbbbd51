namespace BotService.Triage;

/// <summary>The four disposition levels, lowest first so that comparison means "more urgent".</summary>
public enum TriageLevel
{
    /// <summary>Look after it at home, with a safety net.</summary>
    SelfCare = 0,

    /// <summary>Book a doctor (days to two weeks).</summary>
    Soon = 1,

    /// <summary>Get seen today.</summary>
    Urgent = 2,

    /// <summary>Call the emergency number now.</summary>
    Emergency = 3,
}
