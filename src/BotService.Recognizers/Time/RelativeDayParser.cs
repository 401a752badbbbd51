using BotService.Recognizers.Text;

namespace BotService.Recognizers.Time;

/// <summary>Days relative to the reference: "yesterday", "the day before yesterday", "2 days ago", "last Wednesday".</summary>
internal static class RelativeDayParser
{
    public static bool TryParse(TokenList t, int i, DateTime reference, bool allowBareWeekday, out Anchor anchor)
    {
        anchor = null!;
        var today = reference.Date;
        if (TryDayWord(t, i, out var last, out var offset))
        {
            anchor = Point(i, last, today.AddDays(offset));
            return true;
        }

        var (hedge, hedgeMod) = Hedge(t, i);
        if (hedge > 0 && DurationParser.TryParseCore(t, i + hedge, false, out last, out var hedged, out var hedgedMax) && hedgedMax.IsEmpty
            && t.Is(last + 1, "ago") && hedged.Shift(hedged.HasTimeOfDayUnits ? reference : today, -1) is { } approximately)
        {
            anchor = hedged.HasTimeOfDayUnits
                ? new Anchor(i, last + 1, Formats.TimexDateTime(approximately), false, [approximately], null, hedgeMod, HasTime: true)
                : Point(i, last + 1, approximately) with { SinceMod = hedgeMod };
            return true;
        }

        if (DurationParser.TryParseCore(t, i, false, out last, out var amount, out var max) && max.IsEmpty)
        {
            if (t.Is(last + 1, "ago") && amount.Shift(amount.HasTimeOfDayUnits ? reference : today, -1) is { } ago)
            {
                anchor = amount.HasTimeOfDayUnits
                    ? new Anchor(i, last + 1, Formats.TimexDateTime(ago), false, [ago], null, HasTime: true)
                    : Point(i, last + 1, ago);
                return true;
            }

            if (t.IsAny(last + 1, "before", "after", "from") && TryDayWord(t, last + 2, out var dayLast, out var dayOffset) && !amount.HasTimeOfDayUnits
                && amount.Shift(today.AddDays(dayOffset), t.Is(last + 1, "before") ? -1 : 1) is { } shifted)
            {
                anchor = Point(i, dayLast, shifted);
                return true;
            }

            return false;
        }

        return TryWeekday(t, i, today, allowBareWeekday, out anchor);
    }

    // "about 2 weeks ago" (approx), "over a month ago" (before that day), "less than a week ago" (after it).
    private static (int Length, string? Mod) Hedge(TokenList t, int i)
    {
        if (t.IsAny(i, "about", "around", "approximately", "roughly", "maybe", "like", "approx"))
        {
            return (1, Mods.Approx);
        }

        if (t.IsAny(i, "over", "almost", "nearly", "under"))
        {
            return (1, t.Is(i, "over") ? Mods.Before : Mods.After);
        }

        if (t.IsAny(i, "more", "less") && t.Is(i + 1, "than"))
        {
            return (2, t.Is(i, "more") ? Mods.Before : Mods.After);
        }

        return (0, null);
    }

    private static Anchor Point(int first, int last, DateTime date) => new(first, last, Formats.Date(date), false, [date], null);

    private static bool TryDayWord(TokenList t, int i, out int last, out int offset)
    {
        last = i;
        offset = 0;
        switch (t.Has(i) ? t[i].Text : null)
        {
            case "today":
                return true;
            case "yesterday":
                offset = -1;
                return true;
            case "tomorrow":
                offset = 1;
                return true;
        }

        var k = t.Is(i, "the") ? i + 1 : i;
        if (t.Is(k, "day") && t.Is(k + 1, "before") && t.Is(k + 2, "yesterday"))
        {
            (last, offset) = (k + 2, -2);
            return true;
        }

        if (t.Is(k, "day") && t.Is(k + 1, "after") && t.Is(k + 2, "tomorrow"))
        {
            (last, offset) = (k + 2, 2);
            return true;
        }

        return false;
    }

    // "last Monday" is Monday of the previous Monday-based week, as upstream; a bare weekday has two readings.
    private static bool TryWeekday(TokenList t, int i, DateTime today, bool allowBare, out Anchor anchor)
    {
        anchor = null!;
        var shift = t.Has(i) ? t[i].Text switch { "last" or "past" or "previous" => -7, "this" => 0, "next" => 7, _ => int.MinValue } : int.MinValue;
        var w = shift == int.MinValue ? i : i + 1;
        if (!t.Has(w) || !TimeWords.Weekdays.TryGetValue(t[w].Text, out var day) || day.Plural)
        {
            return false;
        }

        var monday = Formats.MondayOf(today);
        if (shift != int.MinValue)
        {
            anchor = Point(i, w, monday.AddDays(shift + day.Day - 1));
            return true;
        }

        if (!allowBare)
        {
            return false;
        }

        var past = today.AddDays(-((((int)today.DayOfWeek + 6) % 7) - (day.Day - 1) + 7) % 7);
        var future = past == today ? today : past.AddDays(7);
        anchor = new Anchor(i, w, "XXXX-WXX-" + day.Day, false, past == future ? [past] : [past, future], null);
        return true;
    }
}
