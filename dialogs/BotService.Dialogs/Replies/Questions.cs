using System.Globalization;
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
    private const int MaxFindingButtons = 5;

    public static (Activity Question, PendingQuestion Pending) Build(
        TriageSlot slot, TriageDecision decision, Findings findings, Lexicon lexicon, string? prefix = null)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(lexicon);
        var pending = new PendingQuestion { Kind = PendingKind.Slot, Slot = slot };
        string text;
        var multiSelect = false;
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
                pending.Choices.AddRange(FindingChoices(slot, decision, findings, lexicon));
                pending.Choices.Add(new AnswerChoice { Title = BotText.NoneOfThese });
                break;
        }

        var activity = ContentReplies.WithButtons(ContentReplies.Markdown(prefix is null ? text : prefix + Lower(text)),
            pending.Choices.Select(c => c.Title));
        if (multiSelect)
        {
            activity.MarkMultiSelect(BotText.Done);
        }

        return (activity, pending);
    }

    /// <summary>True when the slot would offer at least one finding to pick (otherwise there is nothing to ask).</summary>
    public static bool HasChoices(TriageSlot slot, TriageDecision decision, Findings findings, Lexicon lexicon) =>
        slot is TriageSlot.Location or TriageSlot.Duration || FindingChoices(slot, decision, findings, lexicon).Any();

    private static IEnumerable<AnswerChoice> FindingChoices(TriageSlot slot, TriageDecision decision, Findings findings, Lexicon lexicon)
    {
        var open = decision.StillUnknown.FirstOrDefault(q => q.Slot == slot);
        if (open is null)
        {
            return [];
        }

        return open.Findings
            .Where(lexicon.IsKnown)
            .Where(n => !findings.Has(n) && !findings.IsDenied(n))
            .Select(n => lexicon.Definitions[n])
            .Where(d => d.Slot == slot && d.Kind != FindingKind.Complaint)
            .DistinctBy(d => d.Label)
            .Take(MaxFindingButtons)
            .Select(d => new AnswerChoice { Title = Capitalize(d.Label), Finding = d.Name, Kind = d.Kind })
            .ToList();
    }

    private static string Capitalize(string label) =>
        label.Length == 0 ? label : char.ToUpperInvariant(label[0]) + label[1..];

    private static string Lower(string text) =>
        text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];
}
