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

    /// <param name="unsure">What to do about warning signs the safety check left open (<see cref="UnsureSigns"/>), said after the headline.</param>
    public static Activity Build(TriageDecision decision, Findings findings, ResolvedRegion region, ContentBase content, string? understood, string? unsure = null)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(region);
        ArgumentNullException.ThrowIfNull(content);
        var plan = decision.Answer;
        var entries = plan.ContentIds.Select(id => content.TryGet(id, out var e) ? e : null).OfType<ContentEntry>().ToList();
        var candidates = entries.Where(e => e.Id != WhichDoctor && !e.Id.StartsWith("safety-net", StringComparison.Ordinal)).ToList();
        var main = candidates.FirstOrDefault(e => findings.Location is { } place && e.BodyLocations.Contains(place))
            ?? candidates.FirstOrDefault();
        var tests = plan.Tests.Select(id => content.TryGet(id, out var e) ? e : null).OfType<ContentEntry>().ToList();
        var text = new StringBuilder();
        if (understood is not null)
        {
            text.Append(understood).Append("\n\n");
        }

        text.Append(Headline(decision, region));
        if (unsure is not null)
        {
            text.Append("\n\n").Append(unsure);
        }
        if (decision.Level < TriageLevel.Urgent && plan.LikelyCauses.Count > 0)
        {
            text.Append("\n\n").Append(Causes(plan.LikelyCauses));
        }

        if (main is not null)
        {
            // The passage's title leads it in, so a passage written as an answer ("Usually not.") reads well here too.
            text.Append("\n\n**").Append(main.Title.Trim().Trim('"')).Append("**\n\n").Append(main.Text.Trim());
        }

        // The passage quoted above may already say some of them ("see a GP if it lasts more than two weeks").
        var watchFor = plan.WatchFor.Where(t => main is null || !main.CoversThresholds.Contains(t.Id)).ToList();
        if (watchFor.Count > 0)
        {
            text.Append("\n\n").Append(BotText.GetHelpSoonerIf);
            foreach (var threshold in watchFor)
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
        // Cite what is shown: the passage quoted and the tests named.
        var cited = (main is null ? [] : new[] { main }).Concat(tests).SelectMany(Sources.Of);
        Sources.Cite(activity, cited);
        activity.Entities ??= [];
        activity.Entities.Insert(0, OutcomeEntity.Create(decision, findings));
        return activity;
    }

    /// <summary>The causes the person mentioned "fit what you said"; the others are only "common causes".</summary>
    private static string Causes(IReadOnlyList<LikelyCause> likely)
    {
        var kept = new List<LikelyCause>();
        foreach (var cause in likely)
        {
            if (!kept.Any(k => k.Text.Contains(cause.Text, StringComparison.OrdinalIgnoreCase) || cause.Text.Contains(k.Text, StringComparison.OrdinalIgnoreCase)))
            {
                kept.Add(cause);
            }
        }

        var mentioned = kept.Where(c => c.Mentioned).Select(c => c.Text).ToList();
        var others = kept.Where(c => !c.Mentioned).Select(c => c.Text).Take(Math.Max(0, 4 - mentioned.Count)).ToList();
        var text = mentioned.Count > 0 ? string.Format(CultureInfo.InvariantCulture, BotText.CommonCauses, Understood.Join(mentioned)) : string.Empty;
        if (others.Count > 0)
        {
            text += (text.Length > 0 ? " " : string.Empty)
                + string.Format(CultureInfo.InvariantCulture, mentioned.Count > 0 ? BotText.OtherCauses : BotText.CausesInGeneral, Understood.Join(others));
        }

        return text;
    }

    private static string Headline(TriageDecision decision, ResolvedRegion region)
    {
        // Self-care: the first reason says it; when a doctor is suggested, every reason counts (up to two).
        var reasons = decision.Level == TriageLevel.SelfCare
            ? decision.Reasons.Select(r => r.Text).FirstOrDefault() ?? string.Empty
            : Escalation.Reasons(decision);
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
