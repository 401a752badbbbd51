using System.Text.RegularExpressions;

namespace BotService.Triage.Extraction;

/// <summary>Finds body parts in a clause and the side ("left", "right", "both") said just before them.</summary>
internal static class PlaceReader
{
    /// <summary>
    /// <paramref name="candidates"/>[i]: false when body part i cannot be named in the clause; <paramref name="firstAt"/>[i]:
    /// where it could first be named.
    /// </summary>
    public static List<PlaceMention> Read(Clause clause, Negation negation, ReadOnlySpan<bool> candidates, ReadOnlySpan<int> firstAt)
    {
        var found = new List<PlaceMention>();
        for (var i = 0; i < LexiconLocations.Places.Count; i++)
        {
            var (location, regex) = LexiconLocations.Places[i];
            for (var m = candidates[i] ? regex.Match(clause.Text, firstAt[i]) : Match.Empty; m.Success; m = m.NextMatch())
            {
                // "no stiff neck" does not place the twitch in the neck.
                if (found.Exists(p => p.Location == location) || negation.Of(m.Index) == Polarity.Denied)
                {
                    continue;
                }

                var before = clause.Text[..m.Index];
                found.Add(new PlaceMention(location, SideBefore(before, m.ValueSpan), m.Index, LexiconLocations.Radiation.IsMatch(before)));
            }
        }

        found.Sort((a, b) => a.Position.CompareTo(b.Position));
        return found;
    }

    private static string? SideBefore(string before, ReadOnlySpan<char> word)
    {
        var side = LexiconLocations.Side.Match(before);
        if (side.Success)
        {
            return side.Groups[1].Value;
        }

        return word is "calves" or "feet" or "legs" or "arms" or "hands" or "eyes" or "thighs" ? "both" : null;
    }
}
