using BotService.Triage.Findings;

namespace BotService.Triage.Extraction;

/// <summary>Where the twitch is, from the places named in the clauses read: one place, several, the whole body or none.</summary>
internal static class LocationResolver
{
    public static (string? Location, string? Side, bool IsAddition) Resolve(ReadState state)
    {
        if (state.Clauses.Exists(c => LexiconLocations.WholeBody.IsMatch(c.Clause.Text)))
        {
            return (BodyLocations.WholeBody, null, false);
        }

        // Places in more than one region ("eyelid and calf") are several places; calf and thigh are one region.
        (Clause Clause, PlaceMention Place)? first = null;
        var severalRegions = false;
        foreach (var (clause, _, places) in state.Clauses)
        {
            foreach (var place in places)
            {
                first ??= (clause, place);
                severalRegions |= BodyLocations.RegionFor(place.Location) != BodyLocations.RegionFor(first.Value.Place.Location);
            }
        }

        if (severalRegions || state.Clauses.Exists(c => LexiconLocations.Several.IsMatch(c.Clause.Text)))
        {
            return (BodyLocations.SeveralPlaces, null, false);
        }

        if (first is not var (firstClause, firstPlace))
        {
            return (null, null, false);
        }

        var addition = LexiconLocations.Addition.IsMatch(firstClause.Text);
        return (firstPlace.Location, firstPlace.Side, addition);
    }
}
