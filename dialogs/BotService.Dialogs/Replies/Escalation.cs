using System.Globalization;
using System.Text;
using BotService.Dialogs.Text;
using BotService.Protocol.Schema;
using BotService.Triage;
using BotService.Triage.Evaluation;
using BotService.Triage.Findings;
using BotService.Triage.Options;
using BotService.Triage.Rules;

namespace BotService.Dialogs.Replies;

/// <summary>
/// The red-flag reply (emergency or urgent), sent in the same reply as the message that raised it and before any
/// other question. The instruction comes first and stands alone; nothing else is put in front of it.
/// </summary>
public static class Escalation
{
    public static Activity Build(TriageDecision decision, Findings findings, ResolvedRegion region, RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(region);
        var text = decision.Level == TriageLevel.Emergency
            ? Emergency(decision, region, rules)
            : Urgent(decision, region, rules);
        var activity = ContentReplies.Markdown(text);
        activity.Entities = [OutcomeEntity.Create(decision, findings)];
        // High importance: the Connector keeps retrying it past the turn's wait budget (see ConnectorWaitBudget).
        activity.Importance = ActivityImportance.High;
        return activity;
    }

    /// <summary>The advice's first line for <paramref name="level"/> (emergency or urgent) in the region's words.</summary>
    internal static string Headline(TriageLevel level, ResolvedRegion region) =>
        level == TriageLevel.Emergency
            ? EmergencyHeadline.For(region.Options)
            : string.Format(CultureInfo.InvariantCulture, BotText.UrgentHeadline, region.Options.UrgentCare.TrimEnd('.'));

    private static string Emergency(TriageDecision decision, ResolvedRegion region, RuleSet rules)
    {
        var text = new StringBuilder();
        text.Append(Headline(TriageLevel.Emergency, region)).Append(' ');
        text.Append(string.Format(CultureInfo.InvariantCulture, BotText.EmergencyBecause, Reasons(decision)));
        text.Append(' ').Append(BotText.DontDrive);
        foreach (var note in Notes(decision, rules, region))
        {
            text.Append("\n\n").Append(note);
        }

        text.Append("\n\n").Append(BotText.QuestionsStopped);
        return text.ToString();
    }

    private static string Urgent(TriageDecision decision, ResolvedRegion region, RuleSet rules)
    {
        var text = new StringBuilder();
        text.Append(Headline(TriageLevel.Urgent, region));
        text.Append("\n\n").Append(string.Format(CultureInfo.InvariantCulture, BotText.UrgentBecause, Reasons(decision)));
        foreach (var note in Notes(decision, rules, region))
        {
            text.Append(' ').Append(note);
        }

        var callIf = decision.Answer.WatchFor.Select(t => t.Text)
            .Where(t => t.Contains("emergency number", StringComparison.Ordinal))
            .DefaultIfEmpty(rules.Thresholds.GetValueOrDefault("breathing-chest") ?? string.Empty)
            .Where(t => t.Length > 0)
            .Select(t => t.Replace(": call the emergency number", string.Empty, StringComparison.Ordinal))
            .ToList();
        if (callIf.Count > 0)
        {
            text.Append("\n\n").Append(string.Format(CultureInfo.InvariantCulture, BotText.CallNowIf, region.EmergencyNumber));
            foreach (var item in callIf)
            {
                text.Append("\n- ").Append(item);
            }
        }

        if (decision.Reasons.Any(r => r.Inference))
        {
            text.Append("\n\n").Append(BotText.InferenceNote);
        }

        text.Append("\n\n").Append(BotText.UrgentPaused);
        return text.ToString();
    }

    internal static string Reasons(TriageDecision decision) =>
        Understood.Join(decision.Reasons.Select(r => r.Text).Distinct().Take(2).ToList());

    private static IEnumerable<string> Notes(TriageDecision decision, RuleSet rules, ResolvedRegion region) =>
        decision.Reasons.Select(r => rules.Find(r.RuleId)?.Row)
            .OfType<string>()
            .Distinct()
            .Select(RowNotes.For)
            .OfType<string>()
            .Distinct()
            .Select(n => n.Replace("the emergency number", region.EmergencyNumber, StringComparison.Ordinal));
}
