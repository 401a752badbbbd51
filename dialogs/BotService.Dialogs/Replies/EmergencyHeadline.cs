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
        if (AfterTheCall(region) is not { } more)
        {
            return advice.Length == 0 ? call + "." : $"{call}. {Sentence(advice)}";
        }

        if (ContinuesTheCall(more))
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
        var more = AfterTheCall(region)?.TrimEnd('.', '!');
        return more is not null && ContinuesTheCall(more) ? more : string.Empty;
    }

    /// <summary>The advice after its opening "Call {number} now", trimmed; null when it does not open that way.</summary>
    private static string? AfterTheCall(RegionOptions region)
    {
        var advice = region.EmergencyAdvice.Trim();
        var opening = string.Create(CultureInfo.InvariantCulture, $"Call {region.EmergencyNumber} now");
        return advice.StartsWith(opening, StringComparison.OrdinalIgnoreCase) ? advice[opening.Length..].Trim() : null;
    }

    private static bool ContinuesTheCall(string more) => more.StartsWith(',') && more.TrimStart(',').Trim().Length > 0;

    private static string Sentence(string text) => text.EndsWith('.') || text.EndsWith('!') ? text : text + ".";
}
