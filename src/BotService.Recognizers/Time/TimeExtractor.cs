using BotService.Recognizers.Text;

namespace BotService.Recognizers.Time;

/// <summary>
/// Runs every date-time scanner at every token and keeps the leftmost, then longest, of overlapping candidates
/// ("2 days ago" over "2 days", "twice a day" over "a day"). Each scanner looks ahead a bounded number of
/// tokens, so the whole pass is linear in the query length.
/// </summary>
internal static class TimeExtractor
{
    public static List<TimeCandidate> Extract(TokenList t, DateTime reference)
    {
        var candidates = new List<TimeCandidate>();
        for (var i = 0; i < t.Count; i++)
        {
            if (t[i].Kind == TokenKind.Symbol && !t[i].Is("~"))
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
