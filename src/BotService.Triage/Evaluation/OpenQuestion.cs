using BotService.Triage.Findings;

namespace BotService.Triage.Evaluation;

/// <summary>A question still worth asking because its answer could raise the level.</summary>
/// <param name="Slot">Where, how long, what else, triggers, or context.</param>
/// <param name="AtStake">The highest level the answer could lead to.</param>
/// <param name="Findings">For symptoms, triggers and context: the finding names that matter, most urgent first
/// (for location: the location names that matter).</param>
public sealed record OpenQuestion(TriageSlot Slot, TriageLevel AtStake, IReadOnlyList<string> Findings);
