using BotService.Recognizers.Text;

namespace BotService.Recognizers.Time;

/// <summary>
/// Rolling spans as closed ranges "(start,end,duration)": "past 3 weeks" and "the last 3 months" end at the
/// reference, "next 3 days" starts tomorrow, "within 5 days" starts today, "5 past years" is read the same way
/// reversed, and decades follow the calendar ("the past 2 decades" from 2016 is 1990-2010).
/// </summary>
internal static class SpanExtractor
{
    private enum Direction { Past, Next, Within }

    public static bool TryParse(TokenList t, int i, DateTime reference, out TimeCandidate candidate)
    {
        candidate = null!;
        var k = i;
        var hasThe = t.Is(k, "the");
        k += hasThe ? 1 : 0;
        Direction direction;
        if (t.Is(k, "within") && !hasThe)
        {
            direction = Direction.Within;
            k++;
            k += t.Is(k, "the") ? 1 : 0;
            k += t.IsAny(k, "next", "coming") ? 1 : 0;
        }
        else if (t.IsAny(k, "past", "last", "previous", "prior", "recent") && !(t.Is(k, "last") && IsVerbLast(t, k)))
        {
            direction = Direction.Past;
            k++;
        }
        else if (t.IsAny(k, "next", "coming", "following"))
        {
            direction = Direction.Next;
            k++;
        }
        else
        {
            return TryReversed(t, i, reference, out candidate);
        }

        int last;
        DurationValue value;
        if (!DurationParser.TryParseCore(t, k, true, out last, out value, out var max))
        {
            // "last minute", "past hour": one unit below a day is a rolling span; "last week" is a calendar week.
            if (!t.IsAny(k, "minute", "hour") || direction == Direction.Within)
            {
                return false;
            }

            last = k;
            value = DurationValue.Of(t[k].Is("hour") ? TimeUnit.Hour : TimeUnit.Minute, 1);
        }
        else if (!max.IsEmpty)
        {
            value = max;
        }

        if (direction == Direction.Within && t.Is(last + 1, "from") && t.IsAny(last + 2, "today", "now"))
        {
            last += 2;
        }

        var decades = IsDecades(t, last);
        var first = hasThe && decades ? i : (hasThe ? i + 1 : i);
        return Build(first, last, direction, value, decades, reference, out candidate);
    }

    // "2 next days", "5 past years", "10 previous weeks", "13 last minutes": the unit must be plural.
    private static bool TryReversed(TokenList t, int i, DateTime reference, out TimeCandidate candidate)
    {
        candidate = null!;
        if (!Numbers.NumberParser.TryParse(t, i, out var n) || n.Value <= 0 || n.Value != Math.Floor(n.Value))
        {
            return false;
        }

        var k = n.Last + 1;
        var direction = t.IsAny(k, "past", "last", "previous") ? Direction.Past : t.IsAny(k, "next", "coming") ? Direction.Next : (Direction?)null;
        if (direction is null || !t.Has(k + 1) || !TimeWords.Units.TryGetValue(t[k + 1].Text, out var unit) || unit.Singular || unit.AfterDigitsOnly)
        {
            return false;
        }

        return Build(i, k + 1, direction.Value, DurationValue.Of(unit.Unit, n.Value * unit.Factor), IsDecades(t, k + 1), reference, out candidate);
    }

    // "it shouldn't last two hours", "did it last 3 days": "last" after an auxiliary is the verb.
    private static bool IsVerbLast(TokenList t, int k) =>
        t.IsAny(k - 1, "will", "would", "should", "shouldn", "can", "could", "may", "might", "must", "to", "t", "did", "does", "do", "it", "won", "not", "usually", "normally", "typically");

    private static bool IsDecades(TokenList t, int last) => t.IsAny(last, "decade", "decades");

    private static bool Build(int first, int last, Direction direction, DurationValue value, bool decades, DateTime reference, out TimeCandidate candidate)
    {
        candidate = null!;
        DateTime start, end;
        var withTime = value.HasTimeOfDayUnits;
        if (decades)
        {
            var decadeStart = new DateTime(reference.Year - (reference.Year % 10), 1, 1);
            var years = (int)value[TimeUnit.Year];
            (start, end) = direction == Direction.Past
                ? (decadeStart.AddYears(-years), decadeStart)
                : (decadeStart.AddYears(10), decadeStart.AddYears(10 + years));
        }
        else
        {
            var from = withTime ? reference : reference.Date;
            var origin = direction == Direction.Next && !withTime ? from.AddDays(1) : from;
            if (value.Shift(origin, direction == Direction.Past ? -1 : 1) is not { } other)
            {
                return false;
            }

            (start, end) = direction == Direction.Past ? (other, origin) : (origin, other);
        }

        var timex = withTime
            ? $"({Formats.TimexDateTime(start)},{Formats.TimexDateTime(end)},{value.Timex})"
            : $"({Formats.Date(start)},{Formats.Date(end)},{value.Timex})";
        var type = withTime ? TimeCandidate.Types.DateTimeRange : TimeCandidate.Types.DateRange;
        var values = new Dictionary<string, string>
        {
            ["timex"] = timex,
            ["type"] = withTime ? "datetimerange" : "daterange",
            ["start"] = withTime ? Formats.DateTime(start) : Formats.Date(start),
            ["end"] = withTime ? Formats.DateTime(end) : Formats.Date(end),
        };
        candidate = new TimeCandidate(first, last, type, [values])
        {
            Onset = direction == Direction.Past ? start : null,
            Duration = new DurationMatch(first, last, value, default, null),
        };
        return true;
    }
}
