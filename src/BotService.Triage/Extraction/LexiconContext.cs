using BotService.Triage.Findings;
using static BotService.Triage.Extraction.LexiconBuilder;

namespace BotService.Triage.Extraction;

/// <summary>Background that changes the advice: wounds, surgery, pregnancy, long-term conditions, exposures.</summary>
internal static class LexiconContext
{
    private const FindingKind C = FindingKind.Context;

    public static IEnumerable<LexiconEntry> Entries()
    {
        yield return Entry("wound", C, "a wound",
            @"cut(?! (?:down|back|out|off|it out|caffeine|coffee))|cuts|gash\w*|lacerat\w*|wound\w*|punctur\w*|(?:stepped|stood|trod|trodden) on (?:a |an |some )?(?:rusty |old |garden |broken )?(?:nail|glass|something|tack|pin|fork|rake|spike|screw|needle)|nail (?:went|through|in)|(?:step|steps) on (?:a |an )?(?:rusty |old )?nail|went (?:right )?(?:through|into) (?:my |his |her )?(?:foot|hand|leg|finger|toe|palm|thumb) with (?:a |the |my )?(?:garden )?(?:fork|rake|spike|nail|screw|knife|spade|pitchfork)|(?:fork|rake|spike|screw) (?:went (?:through|into|in)|(?:through|into) (?:my|his|her))|went (?:right )?through (?:my |his |her |the )?(?:welly|wellie|wellies|wellington|boot|shoe|trainer|sole)|(?:deep|bad|dirty|nasty) scratch\w*|scratch\w* (?:my |his |her )?\w+ (?:deep|badly|open)|rusty|(?:dog|cat|animal|rat|fox|horse) (?:bite|bit|scratch)|(?:bit|bitten) by"
            + @"|burn(?:t|ed) (?:my|myself)|a burn|splinter\w*|thorns?|graz\w*|scrap(?:ed|e) (?:my|me|knee|arm|leg|hand)|barbed wire|stabbed|impal\w*|tattoo\w*|piercing");
        // A scrape or scratch someone else had, or a scratch by a bush: minor, so it counts only beside a locked jaw (row E5).
        yield return Entry("wound-minor", C, "a scrape or scratch",
            @"scrap(?:ed|e) (?:his|her|their) (?:knees?|legs?|arms?|hands?|elbows?|shins?|feet|foot|skin|fingers?)|(?:got |been |was |were )?scratched by (?:a |an |the |some )?(?:rose|bush|brambles?|thorns?|barbed|wire|nail|branch|\w+ bush)");
        yield return Entry("wound-dirty", C, "a dirty or deep wound",
            @"rust\w*|soil|dirt\w*|manure|garden\w*|farm\w*|mud\w*|(?:dog|cat|animal|rat|fox|horse) (?:bite|bit|scratch)|bitten|deep|barbed wire|stepped on|nail");
        yield return Entry("tetanus-covered", C, "an up-to-date tetanus vaccine",
            @"tetanus ~{0,3}(?:up to date|uptodate|current|recent|this year|last year|in date)|(?:had|got|have had) (?:a |my |the )?(?:tetanus|td|tdap|dtap) (?:shot|jab|booster|vaccin\w*|injection)|(?:up to date|fully vaccinated) (?:with|on|for) (?:my )?(?:tetanus|jabs|vaccin\w*)|(?:booster|jab|shot) (?:this|last) year");
        yield return Entry("toxin-exposure", C, "exposure to lead, mercury or pesticides",
            @"(?:sand\w*|strip\w*|scrap\w*|burn\w*) (?:off )?(?:the |some )?old paint(?:work)?|lead paint|lead(?! to| up| me)|mercury|pesticid\w*|insecticid\w*|organophosph\w*|heavy metals?|poison\w*");
        yield return Entry("surgery", C, "recent surgery",
            @"surger\w*|operation|op|operated|\w+ectomy|post ?op|had (?:my |an? )?[a-z]+ (?:out|removed)");
        yield return Entry("thyroid-surgery", C, "thyroid or parathyroid surgery",
            @"(?:para)?thyroid\w* ~{0,2}(?:op|operation|surgery|removed|out|taken out|removal)|(?:para)?thyroidectomy|neck surgery");
        yield return Entry("low-calcium-risk", C, "a condition that can lower calcium",
            @"pancreatitis|low (?:vitamin d|calcium|magnesium)|vitamin d deficien\w*|hypoparathyroid\w*|hypocalc\w*");
        yield return Entry("kidney-disease", C, "kidney disease", @"kidney ~?(?:disease|failure|problems?|issues?)|ckd|dialysis|renal");
        yield return Entry("diabetes", C, "diabetes", @"diabet\w*|insulin");
        yield return Entry("pregnancy", C, "pregnancy", @"pregnan\w*|trimester|\d{1,2} weeks (?:with (?:number|baby|no|my (?:second|third|first|2nd|3rd))|along|gone)|expecting (?:a baby|twins)|antenatal",
            requires: ["pregnan", "trimester", "weeks", "expecting", "antenatal"]);
        yield return Entry("immobility", C, "a long flight, surgery or bed rest",
            @"(?:long|long haul|longhaul) ~?(?:flight|drive|car journey|trip)|long (?:bus|coach|train|car) (?:travel|journey|ride|trip)|(?<!(?:book|booking|booked|cancel|cancelled|canceled|change|find) (?:me |us )?(?:a |my |the |our |another )?(?:cheap |new |later |earlier )?)flights?(?! (?:of stairs|attendant|crew|simulator|mode|tickets?|prices?))|flew|bed ?rest|bedridden|immobil\w*|(?:in a|plaster) cast|stuck in bed");
        yield return Entry("long-lie", C, "lying on the floor for a long time",
            @"(?:been there|lying there|laid there|lain there|down there) (?:since last night|all night|overnight|for hours)(?<=(?:floor|ground)(?: [a-z]+){0,12} (?:been there|lying there|laid there|lain there|down there) (?:since last night|all night|overnight|for hours))|(?:lay|lying|laid) on the floor|on the floor (?:all night|for hours)|(?:found|find) (?:him|her|them|my \w+) on the floor|(?:couldnt|could not) get up|long lie|crush injury|(?:was |got )?crushed (?:by|under)|trapped(?! nerve)|(?:stuck|pinned|trapped) under|(?:stuck|stranded) on the (?:floor|ground)(?! for (?:a (?:minute|second|moment|bit)|\d+ (?:minutes?|mins?|seconds?)))");
        yield return Entry("both-sides", C, "both sides",
            @"both (?:my )?(?:legs|calves|calfs|sides|feet|arms|hands|thighs)(?! (?:were|are|look|looked|seemed|seem|felt|feel) (?:normal|fine|ok|okay|the same|alright)(?! until| till| before| yesterday| this morning| earlier))|(?:legs|calves) both");
        yield return Entry("child", C, "a child",
            @"my (?:son|daughter|kid|child|boy|girl|baby|toddler|little one)|(?:toddler|infant)", evenIfHypothetical: true);
        yield return Entry("elderly", C, "older age",
            @"elderly|grandma|grandmother|grandpa|grandfather|nan|nana|granny|grandad|pensioner|(?:seventies|eighties|nineties)", evenIfHypothetical: true);
        yield return Entry("worry-serious-illness", C, "worry about a serious illness",
            @"als|mnd|motor neurone? disease|lou gehrig\w*|ms|multiple sclerosis|parkinson\w*|brain tumou?r|cancer|myasthenia", evenIfHypothetical: true);
    }
}
