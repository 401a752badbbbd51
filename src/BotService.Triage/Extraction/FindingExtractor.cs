using System.Text.RegularExpressions;
using BotService.Triage.Findings;

namespace BotService.Triage.Extraction;

/// <summary>
/// Reads one user message into <see cref="TurnFindings"/>: findings said, findings ruled out, location, duration
/// (through the recognizers) and age. Worries ("what if it's ALS"), general questions and other people's history
/// ("my dad had weakness") do not count as the person's symptoms.
/// </summary>
public sealed partial class FindingExtractor
{
    /// <summary>Messages are read up to this many characters (chat messages are far shorter; this bounds the work).</summary>
    public const int MaxLength = 16_000;

    private static readonly HashSet<string> InjuryContext =
        ["wound", "head-injury", "neck-back-injury", "surgery", "thyroid-surgery"];

    private readonly Lexicon _lexicon;
    private readonly bool _prefilter;

    public FindingExtractor()
        : this(Lexicon.Default)
    {
    }

    public FindingExtractor(Lexicon lexicon)
        : this(lexicon, prefilter: true)
    {
    }

    /// <summary>Without the prefilter every pattern runs on every clause: only tests use that, to prove it changes nothing.</summary>
    internal FindingExtractor(Lexicon lexicon, bool prefilter)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
        _prefilter = prefilter;
    }

    /// <summary>
    /// Reads a message. <paramref name="reference"/> is "now" for relative durations ("since Monday").
    /// <paramref name="knownLocation"/> is the place the conversation is already about: a later message that points
    /// back to it ("it's swollen", "the skin looks darker there") is read as about that place.
    /// <paramref name="signNamedBefore"/> is the fit or stroke an earlier message named last
    /// (<see cref="Findings.Findings.SignNamedBefore"/>): "hes having one now" points back to it, and so does "its happening
    /// again" unless <paramref name="complaintSaidBefore"/> (the conversation is about a twitch or cramp, which it then is).
    /// </summary>
    public TurnFindings Read(string text, DateTimeOffset reference, string? knownLocation = null, string? signNamedBefore = null, bool complaintSaidBefore = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = TextNormalizer.Normalize(text.Length > MaxLength ? text[..MaxLength] : text);
        var clauses = ClauseSplitter.Split(normalized, reference.Year);
        var state = new ReadState { KnownPlaces = knownLocation is null ? [] : [new PlaceMention(knownLocation, null, 0, false)] };
        foreach (var clause in clauses)
        {
            if (!clause.IsOtherPersonHistory)
            {
                ReadClause(clause, state);
            }
            else
            {
                state.PreviousClauseDenied = false;
            }
        }

        ClauseRules.DeriveForMessage(state);
        var signNamed = AnotherOne.Derive(clauses, state, signNamedBefore, complaintSaidBefore);
        var duration = Hedged(ReadDuration(state, reference), normalized);
        var location = LocationResolver.Resolve(state);
        RecentOnset.Derive(state, reference, location.Location, location.Side);
        return new TurnFindings
        {
            Present = state.Present,
            Denied = [.. state.Denied.Where(d => !state.HasPresent(d))],
            Sites = state.Sites,
            Location = location.Location,
            Side = location.Side,
            LocationIsAddition = location.IsAddition,
            Duration = duration,
            Age = AgeReader.Read(normalized),
            NoneOfThese = NoneOfThese().IsMatch(normalized) || NoOtherSymptoms().IsMatch(normalized),
            AskFirst = UnreadMentions.Read(state),
            SignNamed = signNamed,
            SetAsideHistory = clauses.Any(c => c.IsOtherPersonHistory || !string.Equals(c.Text, c.Told, StringComparison.Ordinal)),
        };
    }

    private void ReadClause(Clause clause, ReadState state)
    {
        var entries = _lexicon.Entries;
        Span<bool> candidates = stackalloc bool[_lexicon.Index.Count];
        Span<int> firstAt = stackalloc int[_lexicon.Index.Count];
        if (_prefilter)
        {
            _lexicon.Index.Mark(clause.Text, candidates, firstAt);
        }
        else
        {
            candidates.Fill(true);
        }

        // A short clause after a negated one continues its list only if that one denied something: "not sure how long,
        // face drooping" and "never had this before, chest pain" deny nothing, so they say the droop and the pain.
        var inherits = clause.InheritsNegation && state.PreviousClauseDenied;
        var negation = new Negation(clause, inherits);
        var denies = false;

        // Eye redness or calf swelling may be said in the clause after the one that names the place, or in the one after
        // that when the clause between names no place ("my calf is crampy, probably the seat. It's a bit swollen").
        var clausePlaces = PlaceReader.Read(clause, negation, candidates[(2 * entries.Count)..], firstAt[(2 * entries.Count)..]);
        var carried = state.PreviousPlacesCarried;
        var previousPlaces = carried && !KnownPlace.CarriesOver(state, clause, clausePlaces) ? [] : state.PreviousPlaces;
        var carry = clausePlaces.Count == 0 && state.PreviousPlaces.Count > 0 && !carried;
        state.PreviousPlaces = carry ? state.PreviousPlaces : clausePlaces;
        state.PreviousPlacesCarried = carry;
        var found = new List<string>();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var (match, deny) = (candidates[i], candidates[entries.Count + i]);
            if ((!match && !deny) || (clause.IsHypothetical && !entry.EvenIfHypothetical))
            {
                continue;
            }

            if (entry.NeedsPlace is { } needs && !Names(clausePlaces, needs) && !Names(previousPlaces, needs)
                && !KnownPlace.Carries(state, clause, clausePlaces, previousPlaces, needs))
            {
                // Not read without its place, but "no droop" still denies something, so a list may go on from it.
                if (match && !denies && negation.MayDeny)
                {
                    denies = PolarityOf(entry, clause, negation, firstAt[i], -1) == Polarity.Denied;
                }

                continue;
            }

            switch (PolarityOf(entry, clause, negation, match ? firstAt[i] : -1, deny ? firstAt[entries.Count + i] : -1))
            {
                case Polarity.Present:
                    found.Add(entry.Name);
                    state.AddPresent(entry.Name, entry.Definition.Kind);
                    break;
                case Polarity.Denied:
                    state.Denied.Add(entry.Name);
                    denies = true;
                    break;
            }
        }

        // An item the lexicon does not know ("denies chest pain, SOB, facial droop") does not end the list.
        state.PreviousClauseDenied = denies || (inherits && found.Count == 0);

        ClauseRules.Derive(clause, found, state);
        var chestPain = found.Contains("chest-pain");
        // A clause that only says a part is well ("my face looks normal") names no twitch place; one that also says
        // something happens ("my left leg feels weak and my right leg is fine") keeps its places.
        var saysOnlyWell = clausePlaces.Count > 0 && !found.Exists(n => ClauseRules.IsComplaint(n) || _lexicon.KindOf(n) == FindingKind.Symptom)
            && ClauseRules.SaysPlaceIsWell(clause);
        // A worry's place ("like if my face drooped") is not where the problem is.
        // Nor does one that only rules something out there ("neck not stiff").
        var deniesOnly = denies && found.Count == 0;
        var places = found.Exists(InjuryContext.Contains) || saysOnlyWell || deniesOnly || clause.IsHypothetical ? [] : clausePlaces.FindAll(p => !(p.AfterRadiationWord && chestPain));
        state.Clauses.Add((clause, found, places));
        if (places.Count > 0 && places.TrueForAll(p => p.Location == places[0].Location))
        {
            foreach (var name in found.Where(n => _lexicon.KindOf(n) == FindingKind.Symptom))
            {
                state.Sites[name] = places[0].Side is "left" or "right" ? $"{places[0].Side} {places[0].Location}" : places[0].Location;
            }
        }
    }

    private static bool Names(List<PlaceMention> places, IReadOnlyList<string> locations) =>
        places.Exists(p => locations.Contains(p.Location));

    /// <summary>
    /// <paramref name="matchFrom"/>, <paramref name="denyFrom"/>: where that pattern's first match could start (its
    /// first prefix), or -1 when it cannot match the clause. The scan starts there, with the text before it still
    /// seen by lookbehinds: a clause's candidate words are mostly well into it.
    /// </summary>
    private static Polarity PolarityOf(LexiconEntry entry, Clause clause, Negation negation, int matchFrom, int denyFrom)
    {
        var result = (Polarity?)null;
        if (matchFrom >= 0)
        {
            // EnumerateMatches: only each match's position is needed, so no Match objects are made.
            foreach (var m in entry.Match.EnumerateMatches(clause.Text, matchFrom))
            {
                var polarity = negation.Of(m.Index);
                if (polarity == Polarity.Present)
                {
                    return Polarity.Present;
                }

                result ??= polarity;
                result = polarity == Polarity.Denied ? Polarity.Denied : result;
            }
        }

        if (denyFrom >= 0 && entry.Deny is { } deny && FirstMatchAt(deny, clause.Text, denyFrom) is { } at && negation.OfOwnWords(at) == Polarity.Present)
        {
            return Polarity.Denied;
        }

        return result ?? Polarity.Ignored;
    }

    private static int? FirstMatchAt(Regex regex, string text, int from)
    {
        var matches = regex.EnumerateMatches(text, from);
        return matches.MoveNext() ? matches.Current.Index : null;
    }

    /// <summary>Clauses about the complaint or a place first, then the others, each in message order.</summary>
    private static TurnDuration? ReadDuration(ReadState state, DateTimeOffset reference) =>
        ReadDuration(state, reference, aboutComplaint: true) ?? ReadDuration(state, reference, aboutComplaint: false);

    // The first duration, unless the person corrects it later in the message ("maybe 10 days... actually no, more like
    // 3 weeks"): then the duration said right after the correction, wherever it is. Only a duration that follows the
    // cue counts, so "for 10 days, i mean it started after 2 weeks of exams" keeps the 10 days.
    private static TurnDuration? ReadDuration(ReadState state, DateTimeOffset reference, bool aboutComplaint)
    {
        TurnDuration? first = null;
        foreach (var (clause, found, places) in state.Clauses)
        {
            var wanted = first is null
                ? (places.Count > 0 || found.Exists(ClauseRules.IsComplaint)) == aboutComplaint
                : Correction().IsMatch(clause.Text);
            if (wanted && !clause.IsHypothetical && !found.Exists(ClauseRules.AnchorsOwnTime) && !AgeReader.Mentions(clause.Text)
                && !ClauseRules.TimeSinceLast(clause) && DurationSource.Read(clause.Text, reference) is { } duration)
            {
                if (first is null)
                {
                    first = duration;
                }
                else if (Regex.IsMatch(clause.Text, CorrectionCue + @"(?: (?:no|so|its|it is|been|about|around|maybe|probably|like))* " + Regex.Escape(duration.Text), RegexOptions.CultureInvariant))
                {
                    return duration;
                }
            }
        }

        return first;
    }

    private const string CorrectionCue = @"\b(?:actually|no wait|wait no|i mean|scratch that|more like|closer to|make that|or rather)";

    [GeneratedRegex(CorrectionCue + @"\b")]
    private static partial Regex Correction();

    /// <summary>"at least 2 weeks", "2 weeks, more like 3": the duration is a lower bound.</summary>
    private static TurnDuration? Hedged(TurnDuration? duration, string normalized) =>
        duration is { Mod: null or "approx" } && LowerBound().IsMatch(normalized) ? duration with { Mod = "more" } : duration;

    [GeneratedRegex(@"\b(?:or more|or longer|at least|maybe (?:more|longer)|if not (?:more|longer)|more like|probably (?:more|longer)|even longer)\b")]
    private static partial Regex LowerBound();

    [GeneratedRegex(@"^(?:none|none of (?:these|those|them|the above)|nothing(?: else)?|no|nope|nah|not really|nothing like that|thats it|thats all|neither)\W*$")]
    private static partial Regex NoneOfThese();

    [GeneratedRegex(@"\b(?:no other (?:symptoms|problems|issues)|nothing else|none of (?:these|those|the above))\b")]
    private static partial Regex NoOtherSymptoms();
}
