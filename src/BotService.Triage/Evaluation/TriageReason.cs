namespace BotService.Triage.Evaluation;

/// <summary>One reason for the level, e.g. "you mentioned weakness in your left hand".</summary>
/// <param name="RuleId">The rule that gave it.</param>
/// <param name="Text">Plain words, ready to follow "because".</param>
/// <param name="Inference">The rule rests on a guidance row marked [inference].</param>
public sealed record TriageReason(string RuleId, string Text, bool Inference);
