using BotService.Dialogs.State;
using BotService.Dialogs.Text;
using BotService.Triage;
using BotService.Triage.Evaluation;

namespace BotService.Dialogs.Replies;

/// <summary>
/// The net under the lexicon, asked as a question. When the person names their chest, breathing or throat, speech or
/// face, or urine in words the reader does not know ("there is something going on in my chest"), the signs of that
/// system that would raise the advice are offered at once, before the next guided question, instead of waiting for
/// "what else": one tap on "Chest pain or tightness" then gives the emergency answer in the same reply.
/// Each sign is checked once per triage; "None of these" rules them out.
/// </summary>
public static class SafetyCheck
{
    /// <summary>The question, or null when every mentioned sign is known, ruled out, checked, or would change nothing.</summary>
    public static QuestionPlan? Plan(TriageConversation triage, TriageDecision decision, ConversationServices services)
    {
        ArgumentNullException.ThrowIfNull(triage);
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(services);
        var findings = triage.Findings;
        // After same-day advice the check still matters: it is how an emergency sign said in unknown words is found.
        if (findings.AskFirst.Count == 0 || decision.Level >= TriageLevel.Emergency)
        {
            return null;
        }

        var open = findings.AskFirst
            .Where(sign => services.Lexicon.IsKnown(sign) && findings.IsUnknown(sign) && triage.SafetyChecked?.Contains(sign) != true)
            .ToList();
        if (open.Count == 0)
        {
            return null;
        }

        var levels = services.Triage.LevelsWith(findings, open);
        var raising = open.Where((_, i) => levels[i] > decision.Level).ToList();
        if (raising.Count == 0)
        {
            return null;
        }

        var pending = new PendingQuestion { Kind = PendingKind.SafetyCheck };
        pending.Choices.AddRange(raising.Select(sign => services.Lexicon.Definitions[sign])
            .Select(d => new AnswerChoice { Title = Questions.Capitalize(d.Label), Finding = d.Name, Kind = d.Kind }));
        pending.Choices.Add(new AnswerChoice { Title = BotText.NoneOfThese });
        return new QuestionPlan(QuestionText.SafetyCheck, pending, MultiSelect: true, OffersSlotChoices: true);
    }

    /// <summary>
    /// Records the answer: every sign offered counts as checked, and "None of these" (or "no") rules out the ones not
    /// picked. "Not sure" rules out nothing, so those signs still come first among the next question's buttons.
    /// </summary>
    public static void Answered(TriageConversation triage, PendingQuestion check, bool none)
    {
        ArgumentNullException.ThrowIfNull(triage);
        ArgumentNullException.ThrowIfNull(check);
        foreach (var sign in check.Choices.Select(c => c.Finding).OfType<string>())
        {
            triage.SafetyChecked ??= [];
            if (!triage.SafetyChecked.Contains(sign))
            {
                triage.SafetyChecked.Add(sign);
            }

            if (none && !triage.Findings.Has(sign))
            {
                triage.Findings.Deny(sign);
            }
        }
    }
}
