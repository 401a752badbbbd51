using System.Globalization;
using BotService.Recognizers.Text;

namespace BotService.Recognizers.Time;

/// <summary>Clock times after "since": "8pm", "8 pm", "8:30 am", "20:00".</summary>
internal static class TimeOfDayParser
{
    public static bool TryParse(TokenList t, int i, out int last, out int hour, out int minute)
    {
        last = -1;
        hour = minute = 0;
        if (!t.Has(i) || !t[i].IsNumber || t[i].Text.Length > 2 || !int.TryParse(t[i].Text, NumberStyles.None, CultureInfo.InvariantCulture, out hour))
        {
            return false;
        }

        var k = i + 1;
        var hasMinutes = t.Is(k, ":") && t.IsGlued(k) && t.Has(k + 1) && t[k + 1].IsNumber && t[k + 1].Text.Length == 2 && t.IsGlued(k + 1)
            && int.TryParse(t[k + 1].Text, NumberStyles.None, CultureInfo.InvariantCulture, out minute) && minute < 60;
        if (hasMinutes)
        {
            k += 2;
        }

        if (t.IsAny(k, "am", "pm") && hour is >= 1 and <= 12)
        {
            hour = (hour % 12) + (t[k].Is("pm") ? 12 : 0);
            last = k;
            return true;
        }

        if (hasMinutes && hour < 24)
        {
            last = k - 1;
            return true;
        }

        return false;
    }

    public static string Timex(int hour, int minute) =>
        minute == 0 ? string.Create(CultureInfo.InvariantCulture, $"T{hour:00}") : string.Create(CultureInfo.InvariantCulture, $"T{hour:00}:{minute:00}");
}
