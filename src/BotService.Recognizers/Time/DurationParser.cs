using BotService.Recognizers.Text;

namespace BotService.Recognizers.Time;

/// <summary>
/// Durations with their comparatives and hedges: "more than an hour" (more), "less than a couple of days" (less),
/// "about 3 weeks" / "10 days or so" / "on and off for months" (approx), compounds ("1 year 1 month 21 days").
/// </summary>
internal static class DurationParser
{
    private static readonly string[][] OnAndOff = [["on", "and", "off"], ["off", "and", "on"], ["on", "-", "and", "-", "off"], ["on", "/", "off"]];

    private static readonly (string[] Words, string Mod)[] Prefixes =
    [
        (["more", "than"], Mods.More), (["longer", "than"], Mods.More), (["at", "least"], Mods.More), (["just", "over"], Mods.More),
        (["well", "over"], Mods.More), (["upwards", "of"], Mods.More), (["over"], Mods.More),
        (["less", "than"], Mods.Less), (["shorter", "than"], Mods.Less), (["at", "most"], Mods.Less), (["up", "to"], Mods.Less),
        (["no", "more", "than"], Mods.Less), (["just", "under"], Mods.Less), (["under"], Mods.Less), (["almost"], Mods.Less),
        (["nearly"], Mods.Less),
        (["about"], Mods.Approx), (["around"], Mods.Approx), (["approximately"], Mods.Approx), (["approx"], Mods.Approx),
        (["roughly"], Mods.Approx), (["round", "about"], Mods.Approx), (["maybe"], Mods.Approx), (["~"], Mods.Approx),
    ];

    private static readonly (string[] Words, string Mod)[] Suffixes =
    [
        (["or", "so"], Mods.Approx), (["ish"], Mods.Approx), (["or", "more"], Mods.More), (["or", "longer"], Mods.More),
        (["plus"], Mods.More), (["+"], Mods.More), (["or", "less"], Mods.Less),
    ];

    // "over" is a comparative after these words ("for over a month"), but not in "loan $10000 over 3 years".
    private static readonly string[] OverContexts = ["for", "been", "lasted", "lasting", "of", "going", "on", "it", "just", ",", "."];

    private static readonly string[] VagueUnits = ["minutes", "hours", "days", "weeks", "months", "years", "nights"];

    public static bool TryParse(TokenList t, int i, out DurationMatch match)
    {
        match = default;
        var j = i;
        string? mod = null;
        var hedge = Phrase.Longest(t, j, OnAndOff);
        if (hedge > 0)
        {
            j += hedge;
            j += t.Is(j, "for") ? 1 : 0;
            mod = Mods.Approx;
        }

        foreach (var (words, prefixMod) in Prefixes)
        {
            if (Phrase.Matches(t, j, words) && (words[0] != "over" || j == 0 || t.IsAny(j - 1, OverContexts)))
            {
                j += words.Length;
                mod = prefixMod;
                break;
            }
        }

        DurationValue value, max;
        int last;
        if (!TryParseCore(t, j, false, out last, out value, out max) && !TryVague(t, j, out last, out value))
        {
            return false;
        }

        if (TryVague(t, j, out _, out _))
        {
            mod ??= Mods.Approx;
        }

        foreach (var (words, suffixMod) in Suffixes)
        {
            if (mod is null && Phrase.Matches(t, last + 1, words))
            {
                last += words.Length;
                mod = suffixMod;
                break;
            }
        }

        if (Phrase.Longest(t, last + 1, OnAndOff) is > 0 and var n)
        {
            last += n;
            mod ??= Mods.Approx;
        }

        // "45 years old", "5-year-old", "6 weeks of age" are ages, not durations.
        if (t.Is(last + 1, "old") || (t.Is(last + 1, "of") && t.Is(last + 2, "age")) || (t.Is(last + 1, "-") && t.Is(last + 2, "old")))
        {
            return false;
        }

        match = new DurationMatch(i, last, value, max, mod);
        return true;
    }

    /// <summary>Quantity-unit parts joined into one duration; <paramref name="stopBeforeAgo"/> leaves "2 days ago" alone.</summary>
    public static bool TryParseCore(TokenList t, int i, bool stopBeforeAgo, out int last, out DurationValue value, out DurationValue max)
    {
        last = -1;
        value = max = default;
        if (!DurationPartParser.TryParse(t, i, true, out var part))
        {
            return false;
        }

        last = part.Last;
        value = DurationValue.Of(part.Unit, part.Amount);
        if (part.MaxAmount > 0)
        {
            max = DurationValue.Of(part.Unit, part.MaxAmount);
            return true;
        }

        while (true)
        {
            var k = last + 1;
            k += t.Is(k, ",") ? 1 : 0;
            k += t.Is(k, "and") ? 1 : 0;
            if (!DurationPartParser.TryParse(t, k, false, out var next) || next.MaxAmount > 0 || value.Has(next.Unit)
                || (stopBeforeAgo && t.Is(next.Last + 1, "ago")))
            {
                return true;
            }

            value = value.With(next.Unit, next.Amount);
            last = next.Last;
        }
    }

    // "for months", "it's been weeks", "days now": a plural unit alone. Read as at least two of it [inference].
    private static bool TryVague(TokenList t, int i, out int last, out DurationValue value)
    {
        last = -1;
        value = default;
        if (!t.IsAny(i, VagueUnits) || !(t.IsAny(i - 1, "for", "been", "many") || t.Is(i + 1, "now")))
        {
            return false;
        }

        last = i;
        value = DurationValue.Of(TimeWords.Units[t[i].Text].Unit, 2);
        return true;
    }
}
