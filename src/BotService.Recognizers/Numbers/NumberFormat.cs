using System.Globalization;

namespace BotService.Recognizers.Numbers;

/// <summary>Numbers as upstream writes them: at most 15 significant digits, invariant culture ("0.666666666666667").</summary>
internal static class NumberFormat
{
    public static string Format(double value) => value.ToString("G15", CultureInfo.InvariantCulture);

    public static bool TryParseDigits(string digits, out double value)
    {
        var ok = double.TryParse(digits.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
        return ok && double.IsFinite(value);
    }
}
