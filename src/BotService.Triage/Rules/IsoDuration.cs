using System.Globalization;
using System.Text.RegularExpressions;

namespace BotService.Triage.Rules;

/// <summary>
/// The ISO 8601 durations the rules file uses for thresholds: weeks, days, hours, minutes and seconds ("P14D",
/// "PT10M", "P2W", "P1DT12H"). Years and months are refused, because their length in days is not fixed and a
/// clinical threshold should say exactly what it means.
/// </summary>
internal static partial class IsoDuration
{
    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        var match = text is null ? Match.Empty : Pattern().Match(text);
        if (!match.Success || text!.EndsWith('T') || text == "P")
        {
            return false;
        }

        duration = TimeSpan.FromDays(7 * Number(match, "w") + Number(match, "d"))
            + TimeSpan.FromHours(Number(match, "h")) + TimeSpan.FromMinutes(Number(match, "m"))
            + TimeSpan.FromSeconds(Number(match, "s"));
        return true;
    }

    private static double Number(Match match, string group) =>
        match.Groups[group].Success ? double.Parse(match.Groups[group].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"^P(?:(?<w>\d+(?:\.\d+)?)W)?(?:(?<d>\d+(?:\.\d+)?)D)?(?:T(?:(?<h>\d+(?:\.\d+)?)H)?(?:(?<m>\d+(?:\.\d+)?)M)?(?:(?<s>\d+(?:\.\d+)?)S)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
