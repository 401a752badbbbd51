using BotService.Triage.Findings;
using static BotService.Triage.Extraction.LexiconBuilder;

namespace BotService.Triage.Extraction;

/// <summary>Everyday triggers named in C1-C7 of the guidance. They count even inside a worry ("so stressed").</summary>
internal static class LexiconTriggers
{
    private const FindingKind T = FindingKind.Trigger;

    public static IEnumerable<LexiconEntry> Entries()
    {
        yield return Entry("stress", T, "stress or anxiety",
            @"stress\w*|anxi\w*|worr\w*|panic\w*|nervous|exams?|finals|deadlines?|pressure at work|(?:busy|hectic|tough|rough|hard|stressful) (?:week|time|month|few weeks)|overwhelm\w*|burn(?:ed|t)? out|grief|grieving|divorce|the move|moving house|scared|terrified|tense",
            evenIfHypothetical: true);
        yield return Entry("poor-sleep", T, "tiredness or poor sleep",
            @"(?:not|no|little|barely|bad|poor|less|hardly|lack of|lacking|not enough|not much|short on|without|very few) ~{0,2}sleep\w*|sleep\w* ~?(?:badly|poorly|terribl\w*|rubbish|deprived|very few|very little)"
            + @"|insomnia|all ?nighters?|night shifts?|tired|exhausted|knackered|fatigued?|shattered|worn out|(?:\d|one|two|three|four|five) hours? (?:of )?sleep|up all night|new ?born|because (?:of )?(?:the |my )?baby|jet ?lag|late nights|long hours",
            evenIfHypothetical: true,
            requires: ["sleep", "insomnia", "nighter", "night shift", "tired", "exhausted", "knackered", "fatigue", "shattered", "worn out",
                "up all night", "newborn", "new born", "baby", "jet lag", "jetlag", "late nights", "long hours"]);
        yield return Entry("caffeine", T, "caffeine",
            @"coffees?|caffein\w*|espresso\w*|energy drinks?|redbull|red bull|monster energy|pre ?workout|(?:cups|mugs) of tea|lattes?|cappuccinos?|diet coke",
            evenIfHypothetical: true);
        yield return Entry("alcohol", T, "alcohol",
            @"alcohol\w*|booze|boozing|beers?|wine|vodka|whisk(?:e)?y|hangover|hung ?over|night out|pints?|binge\w*|(?:drinking|drank|drunk)(?! (?:[a-z0-9]+ ){0,4}(?:water|coffee|energy|tea|fluids?|juice|milk|coke|cola|redbull))",
            evenIfHypothetical: true);
        yield return Entry("exercise", T, "exercise",
            @"gym|work ?outs?|exercis\w*|training|trained|ran|running|(?:my|a|the|long|short|morning|evening|easy|hard|tempo|trail|park|\d+ ?(?:k|km|miles?)) runs?|jog\w*|marathon|5k|10k|sprint\w*|lifting|weights|squats?|deadlifts?|leg day|football|soccer|rugby|tennis|basketball|netball|hockey|cycling|cycled|bike ride|spin class|crossfit|hiit|hik(?:e|ed|ing)|swim\w*|practice|sports?|yoga|pilates|danc\w*|boxing|long walk|physical work",
            evenIfHypothetical: true);
        yield return Entry("dehydration", T, "not drinking enough or heat",
            @"dehydrat\w*|not (?:drinking|had|having) (?:enough|much) (?:water|fluids?)|heat ?wave|sauna|hot weather|in the heat",
            evenIfHypothetical: true);
        yield return Entry("nicotine", T, "nicotine", @"smok\w*|cigarett\w*|cigs?|vap(?:e|es|ing)|nicotine|nicorette|snus", evenIfHypothetical: true);
        yield return Entry("screen-time", T, "long hours at screens",
            @"screens?|computer|laptop|monitor|gaming|staring at", evenIfHypothetical: true);
    }
}
