using System.Globalization;
using BotService.Dialogs.State;
using BotService.Dialogs.Text;
using BotService.Protocol.Schema;
using BotService.Triage;
using BotService.Triage.Evaluation;
using BotService.Triage.Options;

namespace BotService.Dialogs.Replies;

/// <summary>
/// The reply when the questions end below same-day or emergency advice already given in this triage. Something said
/// after that advice can rule a sign out ("breathing fine, can still walk" after weakness), and a lower answer would
/// then read as "no need to go today" without anyone having examined the person. The advice given stands until the
/// person starts over, unless they ruled out in so many words a sign that the advice rested on ("not weak at all, I was
/// wrong", "my calf isn't red, I meant red wine"): then the lower answer is the honest one.
/// </summary>
internal static class StandingAdvice
{
    /// <summary>The rule id of the outcome that says the earlier advice stands.</summary>
    public const string RuleId = "advice-stands";

    public static Activity? For(TriageConversation triage, TriageDecision decision, ResolvedRegion region, TriageEngine engine)
    {
        ArgumentNullException.ThrowIfNull(triage);
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(region);
        ArgumentNullException.ThrowIfNull(engine);
        if (!TriageLevels.TryParse(triage.GivenLevel, out var given) || given < TriageLevel.Urgent || decision.Level >= given
            || engine.LevelsWith(triage.Findings, triage.Findings.Denied).Any(level => level >= given))
        {
            return null;
        }

        var activity = ContentReplies.Markdown(string.Format(CultureInfo.InvariantCulture, BotText.AdviceStands, Escalation.Headline(given, region)));
        activity.Importance = ActivityImportance.High;
        // It gives a disposition, so it carries the outcome (design.md §4); no rule gives this level now, hence the id.
        activity.Entities = [Entity.From(TriageOutcome.EntityType, new TriageOutcome(triage.GivenLevel!, [RuleId], triage.Findings.ToOutcome()))];
        return activity;
    }
}
