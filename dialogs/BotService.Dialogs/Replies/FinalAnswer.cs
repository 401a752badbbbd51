using System.Globalization;
using System.Text;
using BotService.Content;
using BotService.Dialogs.Text;
using BotService.Protocol.Schema;
using BotService.Triage;
using BotService.Triage.Evaluation;
using BotService.Triage.Findings;
using BotService.Triage.Options;

namespace BotService.Dialogs.Replies;

/// <summary>
/// The answer at the end of the questions (design.md §3.5): headline with the level and the reason in the
/// person's terms; common causes that fit; what to do now (from the content base); when to get help, with
/// thresholds; who to see and what tests they may do; sources. Built only from the triage decision and the
/// content entries it names, so nothing medical is made up here.
/// </summary>
public static class FinalAnswer
{
    private const string WhichDoctor = "which-doctor";

    public static Activity Build(TriageDecision decision, Findings findings, ResolvedRegion region, ContentBase content, string? understood)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(region);
        ArgumentNullException.ThrowIfNull(content);
        var plan = decision.Answer;
        var entries = plan.ContentIds.Select(id => content.TryGet(id, out var e) ? e : null).OfType<ContentEntry>().ToList();
        var main = entries.FirstOrDefault(e => e.Id != WhichDoctor && !e.Id.StartsWith("safety-net", StringComparison.Ordinal));
        var tests = plan.Tests.Select(id => content.TryGet(id, out var e) ? e : null).OfType<ContentEntry>().ToList();
        var text = new StringBuilder();
        if (understood is not null)
        {
            text.Append(understood).Append("\n\n");
        }

        text.Append(Headline(decision, region));
        if (decision.Level < TriageLevel.Urgent && plan.LikelyCauses.Count > 0)
        {
            var causes = plan.LikelyCauses.Take(4).Select(c => c.Text).ToList();
            text.Append("\n\n").Append(string.Format(CultureInfo.InvariantCulture, BotText.CommonCauses, Understood.Join(causes)));
        }

        if (main is not null)
        {
            text.Append("\n\n").Append(main.Text.Trim());
        }

        if (plan.WatchFor.Count > 0)
        {
            text.Append("\n\n").Append(BotText.GetHelpSoonerIf);
            foreach (var threshold in plan.WatchFor)
            {
                text.Append("\n- ").Append(threshold.Text);
            }
        }

        if (plan.Doctor is not null)
        {
            text.Append("\n\n").Append(string.Format(CultureInfo.InvariantCulture, BotText.WhoToSee, plan.Doctor));
        }

        if (tests.Count > 0)
        {
            text.Append(' ').Append(string.Format(CultureInfo.InvariantCulture, BotText.TestsTheyMayDo,
                Understood.Join(tests.Select(t => LowerFirst(t.Title)).ToList())));
        }

        if (decision.Reasons.Any(r => r.Inference))
        {
            text.Append("\n\n").Append(BotText.InferenceNote);
        }

        text.Append("\n\n").Append(BotText.GuidanceNotDiagnosis);
        var activity = ContentReplies.Markdown(text.ToString());
        var cited = (main is null ? [] : new[] { main })
            .Concat(entries.Where(e => e != main))
            .Concat(tests)
            .SelectMany(Sources.Of);
        Sources.Cite(activity, cited);
        activity.Entities ??= [];
        activity.Entities.Insert(0, OutcomeEntity.Create(decision, findings));
        return activity;
    }

    private static string Headline(TriageDecision decision, ResolvedRegion region)
    {
        var reasons = Escalation.Reasons(decision);
        return decision.Level switch
        {
            TriageLevel.SelfCare => string.Format(CultureInfo.InvariantCulture, BotText.SelfCareHeadline, reasons),
            _ => string.Format(CultureInfo.InvariantCulture, BotText.SoonHeadline, region.Options.RoutineCare.TrimEnd('.'),
                "a doctor", reasons),
        };
    }

    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
}
