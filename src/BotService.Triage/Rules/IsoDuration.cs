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
    /// <summary>Ten years: no symptom threshold is longer, and a larger number is a typing error.</summary>
    private static readonly TimeSpan Longest = TimeSpan.FromDays(3650);

    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        var match = text is null ? Match.Empty : Pattern().Match(text);
        if (!match.Success || text!.EndsWith('T') || text == "P")
        {
            return false;
        }

        var seconds = (7 * 86400 * Number(match, "w")) + (86400 * Number(match, "d")) + (3600 * Number(match, "h"))
            + (60 * Number(match, "m")) + Number(match, "s");
        if (seconds > Longest.TotalSeconds)
        {
            return false;
        }

        duration = TimeSpan.FromSeconds(seconds);
        return true;
    }

    private static double Number(Match match, string group) =>
        match.Groups[group].Success ? double.Parse(match.Groups[group].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) : 0;

    // ASCII digits only, and \z so that a trailing line break is not accepted as the end.
    [GeneratedRegex(@"\AP(?:(?<w>[0-9]{1,9}(?:\.[0-9]{1,9})?)W)?(?:(?<d>[0-9]{1,9}(?:\.[0-9]{1,9})?)D)?(?:T(?:(?<h>[0-9]{1,9}(?:\.[0-9]{1,9})?)H)?(?:(?<m>[0-9]{1,9}(?:\.[0-9]{1,9})?)M)?(?:(?<s>[0-9]{1,9}(?:\.[0-9]{1,9})?)S)?)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
