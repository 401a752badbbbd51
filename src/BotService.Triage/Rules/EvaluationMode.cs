namespace BotService.Triage.Rules;

/// <summary>How unknown findings are treated when a condition is evaluated.</summary>
internal enum EvaluationMode
{
    /// <summary>Anything not said counts as absent: decides the level now, on every turn.</summary>
    ClosedWorld,

    /// <summary>Anything not said and not yet asked stays unknown: finds the questions that could change the level.</summary>
    OpenWorld,
}
