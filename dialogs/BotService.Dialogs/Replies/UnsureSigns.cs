using System.Globalization;
using BotService.Dialogs.State;
using BotService.Dialogs.Text;
using BotService.Triage;
using BotService.Triage.Options;

namespace BotService.Dialogs.Replies;

/// <summary>
/// The warning signs the safety check asked about that were neither said nor ruled out ("not sure", or no answer after
/// three tries), named in the answer with what to do if they come: the answer must not read as if they were cleared.
/// </summary>
public static class UnsureSigns
{
    /// <summary>One line for the answer, or null when every checked sign was said or ruled out.</summary>
    public static string? Line(TriageConversation triage, ConversationServices services, ResolvedRegion region)
    {
        ArgumentNullException.ThrowIfNull(triage);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(region);
        var findings = triage.Findings;
        var open = triage.SafetyChecked?.Where(findings.IsUnknown).ToList() ?? [];
        if (open.Count == 0)
        {
            return null;
        }

        var levels = services.Triage.LevelsWith(findings, open);
        var emergency = open.Where((_, i) => levels[i] >= TriageLevel.Emergency).Select(services.Lexicon.LabelFor).ToList();
        var sameDay = open.Where((_, i) => levels[i] == TriageLevel.Urgent).Select(services.Lexicon.LabelFor).ToList();
        var lines = new List<string>();
        if (emergency.Count > 0)
        {
            lines.Add(string.Format(CultureInfo.InvariantCulture, BotText.UnsureCallNow, Or(emergency), region.EmergencyNumber));
        }

        if (sameDay.Count > 0)
        {
            lines.Add(string.Format(CultureInfo.InvariantCulture, BotText.UnsureToday, Or(sameDay)));
        }

        return lines.Count == 0 ? null : string.Join(" ", lines);
    }

    private static string Or(List<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " or " + items[^1];
}
