using System.Text.RegularExpressions;

namespace BotService.Triage.Extraction;

/// <summary>
/// Carries the place a conversation is already about into a later message that points back to it, for the findings
/// that need a place (leg swelling or redness): "its swollen", "the skin looks darker there" after a calf was named.
/// </summary>
internal static partial class KnownPlace
{
    // The conversation's place counts for a clause that names no place, follows none, and opens by pointing back to it
    // ("its swollen", "yes the skin looks darker there"), unless the clause before named another part ("a sore throat,
    // its red") or the words are a cramp's own ("its rock hard") or comfort ("it felt warm and nice").
    public static bool Carries(ReadState state, Clause clause, List<PlaceMention> clausePlaces, List<PlaceMention> previousPlaces, IReadOnlyList<string> needs) =>
        previousPlaces.Count == 0 && state.KnownPlaces.Exists(p => needs.Contains(p.Location)) && CarriesOver(state, clause, clausePlaces);

    // Places named two clauses back (or the conversation's place, above) count for a clause that names none and points
    // back, when the clause between named no other part ("my left calf has been crampy since, probably the seat. Its a
    // bit swollen", not "my calf cramps. had my flu jab. the site is red").
    public static bool CarriesOver(ReadState state, Clause clause, List<PlaceMention> clausePlaces) =>
        clausePlaces.Count == 0 && PointsBack().IsMatch(clause.Text) && !NotThePlace().IsMatch(clause.Text)
        && !(state.Clauses.Count > 0 && OtherPart().IsMatch(state.Clauses[^1].Clause.Text));

    [GeneratedRegex(@"^(?:(?:yes|yeah|yep|and|now|so|also|well|ok|okay|oh|hmm|um) )*(?:it|its|it is|the skin|the area|that (?:one|side|leg|calf|foot|thigh))\b|\bthere\b", RegexOptions.CultureInvariant)]
    private static partial Regex PointsBack();

    [GeneratedRegex(@"\b(?:rock hard|hard as (?:a )?rock|puff\w*|warm and (?:nice|cosy|comfortable)|nice and warm)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NotThePlace();

    [GeneratedRegex(@"\b(?:throat|rash|spots?|bite|sting|chest|lips?|tongue|gums?|tooth|teeth|nose|ears?|eyes?|face|cheek|neck|head|stomach|tummy|belly|jab|injection|cold sore|stung|wasp|bee|glands?|sun\w*)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OtherPart();
}
