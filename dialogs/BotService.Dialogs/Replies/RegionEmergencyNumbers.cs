using BotService.Protocol.Hosting;
using BotService.Triage.Options;

namespace BotService.Dialogs.Replies;

/// <summary>
/// The triage region's emergency number for the turn error handler's messages, so that a person whose turn failed
/// reads the same number as in the welcome and the emergency advice (999 for en-GB, 911 by default).
/// </summary>
public sealed class RegionEmergencyNumbers(RegionResolver regions) : IEmergencyNumbers
{
    public string? For(string? locale) => regions.Resolve(locale).EmergencyNumber;
}
