using System.Globalization;
using BotService.Triage;
using BotService.Dialogs.State;
using BotService.Dialogs.Text;
using BotService.Protocol.Schema;
using BotService.Teams.Cards;
using BotService.Triage.Evaluation;
using BotService.Triage.Extraction;
using BotService.Triage.Findings;

namespace BotService.Dialogs.Replies;

/// <summary>
/// Builds a guided question with its buttons, and the <see cref="PendingQuestion"/> that remembers what each
/// button means. The "what else", triggers and context questions offer only the findings the evaluator says could
/// still change the advice, most urgent first.
/// </summary>
public static class Questions
{
    private const int MaxFindingButtons = 6;
    private const int ContextButtonsInWhatElse = 2;

    public static (Activity Question, PendingQuestion Pending) Build(
        TriageSlot slot, TriageDecision decision, Findings findings, ConversationServices services, string? prefix = null)
    {
        var plan = Plan(slot, decision, findings, services);
        return (plan.ToActivity(prefix), plan.Pending);
    }

    /// <summary>
    /// Decides the question's text and buttons once; <see cref="QuestionPlan.ToActivity"/> then words it for the
    /// first ask, the retry and the validation reprompt without weighing the buttons again.
    /// </summary>
    public static QuestionPlan Plan(TriageSlot slot, TriageDecision decision, Findings findings, ConversationServices services)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(services);
        var pending = new PendingQuestion { Kind = PendingKind.Slot, Slot = slot };
        string text;
        var multiSelect = false;
        var offersSlotChoices = true;
        switch (slot)
        {
            case TriageSlot.Location:
                text = QuestionText.Where;
                pending.Choices.AddRange(QuestionText.Locations.Select(l => new AnswerChoice { Title = l.Title, Location = l.Location }));
                pending.Choices.Add(new AnswerChoice { Title = BotText.NotSure });
                break;
            case TriageSlot.Duration:
                text = string.Format(CultureInfo.InvariantCulture, QuestionText.HowLong, QuestionText.Subject(findings));
                pending.Choices.AddRange(QuestionText.Durations.Select(d => new AnswerChoice { Title = d.Title, DurationSeconds = d.Seconds }));
                pending.Choices.Add(new AnswerChoice { Title = BotText.NotSure });
                break;
            default:
                text = slot switch
                {
                    TriageSlot.Symptoms => QuestionText.WhatElse,
                    TriageSlot.Triggers => QuestionText.Triggers,
                    _ => QuestionText.Context,
                };
                multiSelect = true;
                var choices = FindingChoices(slot, decision, findings, services);
                offersSlotChoices = choices.Count > 0;
                if (slot == TriageSlot.Symptoms && !findings.IsAnswered(TriageSlot.Context)
                    && FindingChoices(TriageSlot.Context, decision, findings, services) is { Count: > 0 } context)
                {
                    // One compact question instead of two: what else, with the background that would change the advice.
                    var background = context.DistinctBy(c => c.Kind).Take(ContextButtonsInWhatElse).ToList();
                    choices = [.. choices.Take(MaxFindingButtons - background.Count), .. background];
                    pending.AlsoCovers.Add(TriageSlot.Context);
                }

                pending.Choices.AddRange(choices);
                pending.Choices.Add(new AnswerChoice { Title = BotText.NoneOfThese });
                break;
        }

        return new QuestionPlan(text, pending, multiSelect, offersSlotChoices);
    }

    /// <summary>
    /// The findings worth a button: each one, if pressed, would by itself raise the level (so "it started
    /// suddenly", which matters only with other signs, is not a button). The signs that matter most where it is come
    /// first (<see cref="ButtonRelevance"/>), then the discriminators of the see-a-doctor and same-day rows (weakness,
    /// numbness), then the emergency signs, which the welcome already names and people tend to say unprompted.
    /// </summary>
    private static List<AnswerChoice> FindingChoices(TriageSlot slot, TriageDecision decision, Findings findings, ConversationServices services)
    {
        var open = decision.StillUnknown.FirstOrDefault(q => q.Slot == slot);
        if (open is null)
        {
            return [];
        }

        var lexicon = services.Lexicon;
        var candidates = open.Findings
            .Where(lexicon.IsKnown)
            .Where(findings.IsUnknown)
            .Select(n => lexicon.Definitions[n])
            .Where(d => d.Slot == slot && d.Kind != FindingKind.Complaint)
            .DistinctBy(d => d.Label)
            .ToList();
        var levels = services.Triage.LevelsWith(findings, candidates.ConvertAll(d => d.Name));
        var raising = candidates.Select((d, i) => (Definition: d, Level: levels[i]))
            .Where(c => c.Level > decision.Level)
            .ToList();
        var relevant = raising.Where(c => ButtonRelevance.Rank(findings, c.Definition.Name) < int.MaxValue)
            .OrderBy(c => ButtonRelevance.Rank(findings, c.Definition.Name));
        var lower = raising.Where(c => c.Level < TriageLevel.Emergency).OrderBy(c => c.Level).Take(MaxFindingButtons - 3);
        var emergency = raising.Where(c => c.Level == TriageLevel.Emergency);
        return relevant.Concat(lower).Concat(emergency).Concat(raising).Distinct()
            .Take(MaxFindingButtons)
            .Select(c => new AnswerChoice { Title = Capitalize(c.Definition.Label), Finding = c.Definition.Name, Kind = c.Definition.Kind })
            .ToList();
    }

    internal static string Capitalize(string label) =>
        label.Length == 0 ? label : char.ToUpperInvariant(label[0]) + label[1..];
}
