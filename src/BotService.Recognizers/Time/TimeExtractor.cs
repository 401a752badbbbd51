using System.Collections.Frozen;
using BotService.Recognizers.Numbers;
using BotService.Recognizers.Text;

namespace BotService.Recognizers.Time;

/// <summary>
/// Runs every date-time scanner at every token and keeps the leftmost, then longest, of overlapping candidates
/// ("2 days ago" over "2 days", "twice a day" over "a day"). Each scanner looks ahead a bounded number of
/// tokens, so the whole pass is linear in the query length.
/// </summary>
internal static class TimeExtractor
{
    // Every word a candidate can start with; all other words ("my", "eyelid", "twitching") are skipped at once.
    private static readonly FrozenSet<string> StartWords = new[]
    {
        "ever", "since", "starting", "beginning", "started", "no", "not", "until", "till",
        "the", "within", "past", "last", "previous", "prior", "recent", "next", "coming", "following", "this",
        "every", "each", "on", "off", "once", "twice", "thrice", "today", "yesterday", "tomorrow", "day",
        "more", "longer", "at", "just", "well", "upwards", "over", "less", "shorter", "up", "under", "almost", "nearly",
        "about", "around", "approximately", "approx", "roughly", "round", "maybe",
        "a", "an", "another", "couple", "few", "several", "some", "half", "quarter", "all", "full", "whole", "between",
        "minutes", "hours", "days", "weeks", "months", "years", "nights",
        "daily", "everyday", "weekly", "biweekly", "fortnightly", "monthly", "yearly", "annually", "annual", "quarterly", "hourly", "nightly",
    }
    .Concat(NumberWords.Units.Keys).Concat(NumberWords.Teens.Keys).Concat(NumberWords.Tens.Keys)
    .Concat(TimeWords.Months.Keys).Concat(TimeWords.Weekdays.Where(w => w.Value.Plural).Select(w => w.Key))
    .ToFrozenSet(StringComparer.Ordinal);

    public static List<TimeCandidate> Extract(TokenList t, DateTime reference)
    {
        var candidates = new List<TimeCandidate>();
        for (var i = 0; i < t.Count; i++)
        {
            var token = t[i];
            if (token.Kind == TokenKind.Symbol ? !token.Is("~") : token.IsWord && !StartWords.Contains(token.Text))
            {
                continue;
            }

            try
            {
                Collect(t, i, reference, candidates);
            }
            catch (ArgumentOutOfRangeException)
            {
                // A date pushed off the calendar (year 0 or 10000) is no date at all.
            }
        }

        candidates.Sort((a, b) => a.First != b.First ? a.First.CompareTo(b.First) : (b.Last - b.First).CompareTo(a.Last - a.First));
        var kept = new List<TimeCandidate>();
        var end = -1;
        foreach (var c in candidates)
        {
            if (c.First > end)
            {
                kept.Add(c);
                end = c.Last;
            }
        }

        return kept;
    }

    private static void Collect(TokenList t, int i, DateTime reference, List<TimeCandidate> candidates)
    {
        if (SinceExtractor.TryParse(t, i, reference, out var since))
        {
            candidates.Add(since);
        }

        if (SpanExtractor.TryParse(t, i, reference, out var span))
        {
            candidates.Add(span);
        }

        if (SetExtractor.TryParse(t, i, out var set))
        {
            candidates.Add(set);
        }

        if (RelativeDayParser.TryParse(t, i, reference, false, out var day))
        {
            candidates.Add(PointCandidates.From(day));
        }

        if (CalendarParser.TryParse(t, i, reference, false, out var calendar))
        {
            candidates.Add(PointCandidates.From(calendar));
        }

        if (t.Is(i, "last") && t.Is(i + 1, "night"))
        {
            candidates.Add(PointCandidates.LastNight(i, reference));
        }

        if (DurationParser.TryParse(t, i, out var duration))
        {
            candidates.Add(DurationCandidates.From(duration));
        }
    }
}
