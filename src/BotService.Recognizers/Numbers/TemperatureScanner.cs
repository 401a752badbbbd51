using BotService.Recognizers.Text;

namespace BotService.Recognizers.Numbers;

/// <summary>"98.6 degrees f", "40 deg celsius", "10.5 celcius", "38°C", "85°"; not angles ("a 45 degrees angle", "rotate 90°").</summary>
internal static class TemperatureScanner
{
    public static bool TryParse(TokenList t, int i, out int last, out double value, out string unit)
    {
        last = -1;
        value = 0;
        unit = string.Empty;
        if (!NumberParser.TryParse(t, i, out var n) || (t.IsGlued(i) && t[i - 1].IsWord) || t.IsAny(i - 1, "rotate", "rotated", "turn", "turned", "tilt", "tilted"))
        {
            return false;
        }

        var k = n.Last + 1;
        var degree = t.IsAny(k, "°", "º", "deg", "degs", "degree", "degrees");
        if (degree)
        {
            k++;
        }

        var scale = Scale(t, k);
        if (scale is not null)
        {
            last = k;
        }
        else if (degree)
        {
            last = k - 1;
        }
        else
        {
            return false;
        }

        if (t.IsAny(last + 1, "angle", "angles", "turn", "rotation"))
        {
            return false;
        }

        (value, unit) = (n.Value, scale ?? "Degree");
        return true;
    }

    private static string? Scale(TokenList t, int k) => t.Has(k) ? t[k].Text switch
    {
        "c" or "celsius" or "celcius" or "centigrade" => "C",
        "f" or "fahrenheit" or "farenheit" or "fahrenheight" => "F",
        _ => null,
    } : null;
}
