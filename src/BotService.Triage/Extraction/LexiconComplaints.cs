using BotService.Triage.Findings;
using static BotService.Triage.Extraction.LexiconBuilder;

namespace BotService.Triage.Extraction;

/// <summary>What the movement is: twitch, cramp, spasm, tremor, jerks while falling asleep.</summary>
internal static class LexiconComplaints
{
    public static IEnumerable<LexiconEntry> Entries()
    {
        const FindingKind K = FindingKind.Complaint;
        yield return Entry("twitching", K, "twitching",
            @"twitch\w*|twich\w*|twtich\w*|fasciculat\w*|flicker\w*|flutter\w*|quiver\w*|jump(?:s|y|ing)|pulsing|pulsating|ticking",
            evenIfHypothetical: true);
        yield return Entry("cramp", K, "cramp",
            @"muscle (?:is |was )?(?:making|made|gone|went|going) (?:into )?a (?:hard )?(?:ball|knot|lump)|cramp\w*|charl(?:ie|ey) ?horses?|muscle knots?|seized up|seizing up|muscle (?:is |has )?(?:caught|locked|knotted) (?:up|tight)?|muscles? ~{0,3}(?:keeps? |kept )?tighten\w*", evenIfHypothetical: true);
        yield return Entry("spasm", K, "spasms", @"spasm\w*|spazz\w*", evenIfHypothetical: true);
        yield return Entry("tremor", K, "shaking or tremor",
            @"tremor\w*|trembl\w*|shak(?:e|es|ing|y|ier|iness)|shook", evenIfHypothetical: true);
        yield return Entry("sleep-jerk", K, "jerks as you fall asleep",
            @"(?:falling asleep|fall asleep|falls asleep|drifting off|drift off|drifts off|dozing off|doze off|dozes off|nodding off|nods off|going to sleep|go to sleep|goes to sleep|getting to sleep|dropping off|drops off)(?<=(?:jerk\w*|jolt\w*|twitch\w*|startl\w*|kick\w*|jump\w*) ~{0,8}(?:falling asleep|fall asleep|falls asleep|drifting off|drift off|drifts off|dozing off|doze off|dozes off|nodding off|nods off|going to sleep|go to sleep|goes to sleep|getting to sleep|dropping off|drops off))"
            + @"|(?:falling asleep|drifting off|dozing off|nodding off|going to sleep|dropping off|drifts off|nods off)(?! (?:my|the|his|her|our|a) (?:\w+ )?(?:kids?|son|daughter|children|wife|husband|partner|mum|dad|friend|car|parcel|stuff))(?: [a-z]+){0,12} (?:jerk\w*|jolt\w*|twitch\w*|kick\w*)|hypnic|sleep starts?",
            evenIfHypothetical: true);
        yield return Entry("jerking", FindingKind.Symptom, "jerking", @"jerk\w*|myoclon\w*|clonus");
    }
}
