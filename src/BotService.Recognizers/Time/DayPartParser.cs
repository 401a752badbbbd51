using BotService.Recognizers.Text;

namespace BotService.Recognizers.Time;

/// <summary>
/// Parts of a day after "since": "this morning", "yesterday evening", "last night", "tonight". Upstream's spans:
/// morning 08-12, afternoon 12-16, evening 16-20, night 20-24.
/// </summary>
internal static class DayPartParser
{
    public readonly record struct DayPart(DateTime Start, DateTime End, string Timex);

    public static bool TryParse(TokenList t, int i, DateTime reference, out int last, out DayPart part)
    {
        last = -1;
        part = default;
        var today = reference.Date;
        if (t.Is(i, "tonight"))
        {
            last = i;
            part = Make(today, "TNI");
            return true;
        }

        var day = t.Has(i) ? t[i].Text switch { "this" or "today" => 0, "yesterday" => -1, "last" => -1, "tomorrow" => 1, _ => int.MinValue } : int.MinValue;
        if (day == int.MinValue || !t.Has(i + 1) || !TimeWords.DayParts.TryGetValue(t[i + 1].Text, out var code) || t[i + 1].Text.EndsWith('s'))
        {
            return false;
        }

        // "last night" is the night before; "last morning" is not said.
        if (t.Is(i, "last") && code != "TNI")
        {
            return false;
        }

        last = i + 1;
        part = Make(today.AddDays(day), code);
        return true;
    }

    public static TimeCandidate Since(int first, int last, DayPart part, string mod)
    {
        var values = new Dictionary<string, string>
        {
            ["timex"] = part.Timex,
            ["Mod"] = mod,
            ["type"] = "datetimerange",
            [mod == Mods.Before ? "end" : "start"] = Formats.DateTime(mod == Mods.Before ? part.End : part.Start),
            ["sourceEntity"] = "datetimerange",
        };
        return new TimeCandidate(first, last, TimeCandidate.Types.DateTimeRange, [values])
        {
            Onset = mod == Mods.Since ? part.Start : null,
            Mod = mod,
        };
    }

    private static DayPart Make(DateTime day, string code)
    {
        var (from, to) = code switch { "TMO" => (8, 12), "TAF" => (12, 16), "TEV" => (16, 20), _ => (20, 24) };
        return new DayPart(day.AddHours(from), day.AddHours(to).AddSeconds(to == 24 ? -1 : 0), Formats.Date(day) + code);
    }
}
