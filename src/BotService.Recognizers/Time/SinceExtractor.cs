using BotService.Recognizers.Text;

namespace BotService.Recognizers.Time;

/// <summary>
/// Open spans: "since last Monday", "starting on January 7th", "since late July" (since-end) give a daterange with
/// only a start; "no later than ..." and "until ..." give one with only an end (Mod before). "since 2 days" (an
/// ESL phrasing) gives a duration with Mod since, as the upstream JavaScript port does.
/// </summary>
internal static class SinceExtractor
{
    private static readonly (string[] Words, string Mod)[] Prefixes =
    [
        (["ever", "since"], Mods.Since), (["since"], Mods.Since), (["starting", "on"], Mods.Since), (["starting", "from"], Mods.Since),
        (["starting"], Mods.Since), (["beginning", "on"], Mods.Since), (["beginning", "from"], Mods.Since), (["beginning"], Mods.Since),
        (["started", "on"], Mods.Since), (["no", "later", "than"], Mods.Before), (["not", "later", "than"], Mods.Before),
        (["until"], Mods.Before), (["till"], Mods.Before),
    ];

    public static bool TryParse(TokenList t, int i, DateTime reference, out TimeCandidate candidate)
    {
        candidate = null!;
        foreach (var (words, mod) in Prefixes)
        {
            if (Phrase.Matches(t, i, words) && TryAnchor(t, i, i + words.Length, mod, reference, out candidate))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryAnchor(TokenList t, int first, int j, string mod, DateTime reference, out TimeCandidate candidate)
    {
        candidate = null!;
        var haveDay = RelativeDayParser.TryParse(t, j, reference, true, out var day);
        var haveCalendar = CalendarParser.TryParse(t, j, reference, true, out var calendar);
        var anchor = haveDay && (!haveCalendar || day.Last >= calendar.Last) ? day : haveCalendar ? calendar : null;
        if (DayPartParser.TryParse(t, j, reference, out var partLast, out var part) && (anchor is null || partLast > anchor.Last))
        {
            candidate = DayPartParser.Since(first, partLast, part, mod);
            return true;
        }

        if (anchor is null)
        {
            return TrySinceTime(t, first, j, mod, reference, out candidate) || (mod == Mods.Since && TrySinceDuration(t, first, j, out candidate));
        }

        var values = new List<IReadOnlyDictionary<string, string>>();
        var sourceEntity = anchor.IsRange ? "datetimerange" : "datetimepoint";
        var timex = anchor.HasTime ? anchor.Timex[..10] : anchor.Timex;
        foreach (var start in anchor.Starts)
        {
            values.Add(new Dictionary<string, string>
            {
                ["timex"] = timex,
                ["Mod"] = SinceMod(mod, anchor),
                ["type"] = "daterange",
                [mod == Mods.Before ? "end" : "start"] = Formats.Date(start),
                ["sourceEntity"] = sourceEntity,
            });
        }

        candidate = new TimeCandidate(first, anchor.Last, TimeCandidate.Types.DateRange, values)
        {
            // "since an hour ago" starts at that time, not at the start of its day (which read it as since midnight).
            Onset = mod == Mods.Since ? (anchor.HasTime ? anchor.PastStart : anchor.PastStart.Date) : null,
            Mod = SinceMod(mod, anchor),
        };
        return true;
    }

    // "since late July" keeps since-end; a hedged point ("since about 2 weeks ago") is still plain since.
    private static string SinceMod(string mod, Anchor anchor) =>
        mod == Mods.Since && anchor.SinceMod is { } own && own.StartsWith(Mods.Since, StringComparison.Ordinal) ? own : mod;

    // "since 8pm": an open time range, as upstream's timerange with Mod since.
    private static bool TrySinceTime(TokenList t, int first, int j, string mod, DateTime reference, out TimeCandidate candidate)
    {
        candidate = null!;
        // "since about 2am": the hedge changes nothing that a start time to the minute would need.
        if (t.IsAny(j, "about", "around", "roughly", "approximately") && t.Has(j + 1))
        {
            j++;
        }

        if (!TimeOfDayParser.TryParse(t, j, out var last, out var hour, out var minute))
        {
            return false;
        }

        var clock = new TimeSpan(hour, minute, 0);
        var values = new Dictionary<string, string>
        {
            ["timex"] = TimeOfDayParser.Timex(hour, minute),
            ["Mod"] = mod,
            ["type"] = "timerange",
            [mod == Mods.Before ? "end" : "start"] = clock.ToString("hh\\:mm\\:ss", System.Globalization.CultureInfo.InvariantCulture),
            ["sourceEntity"] = "datetimepoint",
        };
        var onset = reference.Date + clock;
        candidate = new TimeCandidate(first, last, TimeCandidate.Types.TimeRange, [values])
        {
            Onset = mod == Mods.Since ? (onset <= reference ? onset : onset.AddDays(-1)) : null,
            Mod = mod,
        };
        return true;
    }

    private static bool TrySinceDuration(TokenList t, int first, int j, out TimeCandidate candidate)
    {
        candidate = null!;
        if (!DurationParser.TryParseCore(t, j, false, out var last, out var value, out var max) || t.Is(last + 1, "ago"))
        {
            return false;
        }

        var match = new DurationMatch(first, last, value, max, Mods.Since);
        candidate = DurationCandidates.From(match);
        return true;
    }
}
