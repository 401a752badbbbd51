using System.Globalization;
using BotService.Dialogs.Text;
using BotService.Triage.Options;

namespace BotService.Dialogs.Replies;

/// <summary>
/// The first sentence of an emergency reply: the call to the region's number in the bot's own voice, then whatever
/// the region's <see cref="RegionOptions.EmergencyAdvice"/> adds to "Call {number} now" (the UK's "or go straight to
/// A&amp;E if that is faster and safe"). Advice worded some other way is said in full straight after the call, so no
/// configured wording is lost and the number always comes first.
/// </summary>
public static class EmergencyHeadline
{
    public static string For(RegionOptions region)
    {
        ArgumentNullException.ThrowIfNull(region);
        var call = string.Format(CultureInfo.InvariantCulture, BotText.CallNowHeadline, region.EmergencyNumber);
        var advice = region.EmergencyAdvice.Trim();
        var opening = string.Create(CultureInfo.InvariantCulture, $"Call {region.EmergencyNumber} now");
        if (!advice.StartsWith(opening, StringComparison.OrdinalIgnoreCase))
        {
            return advice.Length == 0 ? call + "." : $"{call}. {Sentence(advice)}";
        }

        var more = advice[opening.Length..].Trim();
        if (more.StartsWith(',') && more.TrimStart(',').Trim().Length > 0)
        {
            // ", or go straight to A&E if that is faster and safe." continues the call.
            return call + Sentence(more);
        }

        more = more.TrimStart('.', ',', ';', ' ');
        return more.Length == 0 ? call + "." : $"{call}. {Sentence(more)}";
    }

    /// <summary>
    /// What the region's advice adds to "Call {number} now" as a continuation of that sentence (the UK's ", or go
    /// straight to A&amp;E if that is faster and safe"), without the full stop; empty when it adds nothing of that shape.
    /// </summary>
    public static string Continuation(RegionOptions region)
    {
        ArgumentNullException.ThrowIfNull(region);
        var advice = region.EmergencyAdvice.Trim();
        var opening = string.Create(CultureInfo.InvariantCulture, $"Call {region.EmergencyNumber} now");
        if (!advice.StartsWith(opening, StringComparison.OrdinalIgnoreCase))
        {
            return string.Empty;
        }

        var more = advice[opening.Length..].Trim().TrimEnd('.', '!');
        return more.StartsWith(',') && more.TrimStart(',').Trim().Length > 0 ? more : string.Empty;
    }

    private static string Sentence(string text) => text.EndsWith('.') || text.EndsWith('!') ? text : text + ".";
}
