using BotService.Triage.Findings;
using static BotService.Triage.Extraction.LexiconBuilder;

namespace BotService.Triage.Extraction;

/// <summary>Symptoms behind the emergency rows (E1-E10) of the guidance.</summary>
internal static class LexiconRedFlags
{
    private const FindingKind S = FindingKind.Symptom;

    public static IEnumerable<LexiconEntry> Entries()
    {
        yield return Entry("face-droop", S, "your face drooping",
            @"face ~{0,3}(?:droop\w*|sag\w*|dropp?\w*|fall\w*|fallen|lopsided|crooked|wonky|slack)|(?:droop\w*|dropp\w*|sagg\w*|lopsided|crooked|uneven|wonky) ~{0,2}(?:face|smile|mouth)"
            + @"|(?:smile|mouth|face) ~{0,3}(?:droop\w*|lopsided|crooked|uneven|wonky|sag\w*|dropp\w*|hang\w* down|hung down|slipp\w* down)|facial (?:droop|weakness|palsy)|(?<=smil\w* ~{0,3})(?:only )?(?:one|half|1) side of (?:the |his |her |my )?(?:face|mouth) (?:is )?(?:moving|moves|works|working|goes up|lifts)|(?:only )?(?:one|half|1) side of (?:the |his |her |my )?(?:face|mouth) (?:is )?(?:moving|moves|works|goes up|lifts) when (?:he |she |i |they )?smil\w*|(?:one|half|side of) ~{0,2}face ~{0,2}(?:numb|weak|droop\w*|fallen|dropped)|smile ~{0,2}(?:only )?(?:goes|going|went|comes|lifts|moves) (?:up )?(?:on )?(?:one|1|the (?:left|right)) side");
        yield return Entry("one-sided-weakness", S, "weakness on one side",
            @"(?:weak\w*|numb\w*|paraly\w*) (?:down |on |in )?(?:my |his |her |the )?(?:left|right|one) side|(?:left|right|one) side (?:of (?:my |his |her )?body )?(?:is |went |feels |gone )?(?:weak|numb|dead|paraly\w*)|half (?:of )?(?:my |his |her )?body|(?:arm|leg) and (?:arm|leg) (?:on )?(?:the )?same side|(?:left|right) (?:arm and leg|leg and arm)|(?:(?:arm|leg|hand|foot) on the same side|same side (?:arm|leg|hand|foot)) ~{0,4}(?:weak\w*|numb\w*|dead|heavy|useless|floppy|belongs?)|hemipleg\w*");
        yield return Entry("speech-trouble", S, "trouble speaking",
            @"slur\w*|garbl\w*|(?:speech|talking|words?|voice) ~{0,4}(?:weird|strange|wrong|off|funny|jumbled|garbled|slurred|slow|drunk|mixed up|muddled|scrambled)"
            + @"|(?:cant|cannot|can not|couldnt|could not|unable to|not able to|struggl\w* to|trouble|difficulty|hard to) (?:speak\w*(?! (?:to|with))|talk\w*(?! (?:to|with|about))|get (?:my |the |her |his )?words out|find (?:my |the )?words|form words)|(?:talk\w*|speak\w*) funny|(?:hardly|barely) (?:speak\w*(?! (?:to|with|about|english|any|much|a word))|talk\w*(?! (?:to|with|about))|get (?:my |the |her |his |any )?words out)|(?:talk\w*|speak\w*|sound\w*) like (?:(?:hes|shes|im|i|he|she) )?(?:is |was |am |has |had |been |just )*(?:drunk|had (?:a few|a skinful|too many|\w+ pints|\w+ drinks))|words ~{0,2}(?:dont|do not|didnt|did not) make (?:any )?sense|aphasi\w*|dysarthri\w*");
        yield return Entry("breathing-trouble", S, "trouble breathing",
            @"(?:cant|cannot|can not|unable to|not able to|struggl\w* to|trouble|difficulty|hard to|hardly|barely|problems?|difficult to) (?:breath\w*|get (?:enough |any )?air|catch (?:my |her |his )?breath)"
            + @"|(?:short|shortness|out) of breath|(?<!history of )breathing (?:problems?|difficult\w*|trouble|issues?)|crowing|crow\w* (?:noise|sound)|(?:cant|cannot|can not|couldnt) get (?:a )?(?:proper |full |decent |good )?(?:lungful|breath)|(?:hurts|painful|agony) to breathe|(?:lips?|face) ~{0,2}(?:went|turned|turning|going|is|are|gone) blue|blue lips|breathless\w*|gasp\w*|wheez\w*|stridor|suffocat\w*|(?:high pitched|whistl\w*|squeak\w*) (?:noise|sound)"
            + @"|(?:noisy|high pitched|whistl\w*|squeak\w*|rasp\w*|weird|strange|labou?red|difficult) ~{0,3}breath\w*|breath\w* (?:is |are |feels |sounds )?~?(?:noisy|loud|rasp\w*|difficult|hard|labou?red|weird|strange)|breath\w* ~{0,3}(?:difficult|labou?red|a struggle)",
            @"breath\w* (?:is |are |feels |seems )?(?:fine|normal\w*|ok|okay|alright|good|clear)|(?:can|could) breathe? (?:fine|ok|okay|normally|alright)|breathing and swallowing (?:are |is )?(?:fine|normal|ok|okay)");
        yield return Entry("throat-tightness", S, "a tight throat",
            @"throat ~{0,3}(?:tight\w*|clos\w*|swell\w*|swollen|constrict\w*)|tight\w* (?:in|of) (?:my |the |her |his )?throat|tight throat");
        yield return Entry("swallowing-trouble", S, "trouble swallowing",
            @"(?:cant|cannot|can not|unable to|not able to|struggl\w* to|trouble|difficulty|problems?|hard to|painful to|hardly|barely) swallow\w*|swallow\w* ~{0,2}(?:is |are |feels )?(?:getting |got |become |becoming )?(?:harder|difficult|a struggle|an effort)|(?<=(?:cant|cannot|can not|couldnt|unable to|not able to) get (?:my |his |her )?(?:own )?)(?:spit|saliva) down|chok\w*|drool\w*|dysphag\w*|(?:food|drink|water) (?:gets? |is )?stuck",
            @"swallow\w* (?:is |are |feels )?(?:fine|normal|ok|okay|alright)|(?:can|could) swallow (?:fine|ok|okay|normally|alright)|breathing and swallowing (?:are |is )?(?:fine|normal|ok|okay)");
        yield return Entry("chest-pain", S, "chest pain or tightness",
            @"chest ~{0,3}(?:pain\w*|pressure|tight\w*|heav\w*|squeez\w*|crush\w*|hurt\w*|ach(?:e|es|ing|y)|discomfort|spasm\w*|cramp\w*)"
            + @"|(?:pain|pains|pressure|tightness|squeez\w*|crush\w*|heaviness|ache|aching|discomfort|spasm\w*|cramp\w*|tight feeling|weight) ~{0,3}(?:in|on|across|around) (?:my |the |her |his )?chest"
            + @"|(?:pain|pressure|tight\w*|squeez\w*|crush\w*|heav\w*|spasm\w*|cramp\w*|ache|aching|discomfort|burning) ~{0,7}chest(?! wall)"
            + @"|(?:weight|elephant|something heavy|someone sitting|a band|band|a vice|vice|an anvil|a brick) ~{0,3}(?:on|around|across|sitting on|squeezing) (?:my |the |her |his )?chest"
            + @"|chest ~{0,5}(?:vice|clamp\w*|clench\w*|gripp\w*|in a band|a tight band|like a fist|like an elephant|like a weight)|(?:tight|heavy|painful|sore) chest|(?<!thought (?:i was having|i was|i had|it was|id) (?:a )?)heart attack|angina"
            + @"|(?:breastbone|sternum) ~{0,3}(?:pain\w*|pressure|tight\w*|heav\w*|squeez\w*|crush\w*|hurt\w*|ach\w*|sore)|(?:pain\w*|pressure|tight\w*|heav\w*|squeez\w*|crush\w*|ache|aching|discomfort) ~{0,3}(?:breastbone|sternum)"
            + @"|heart ~{0,5}(?:squeez\w*|crush\w*)|(?<=(?:clench\w*|squeez\w*|gripp?\w*|tight\w*|crush\w*|press\w*) )(?:round|around|on|over|in) (?:my |his |her |the )?heart"
            + @"|(?:rubbing|clutching|clutched|holding|grabbing|grabbed|gripping) (?:at )?(?:the (?:middle|centre|center) of )?(?:his |her |their )(?:chest|breastbone|sternum)|(?:clutching|clutched|grabbing|grabbed|gripping) (?:at )?my chest",
            @"chest (?:is |feels )?(?:fine|ok|okay|normal)");
        yield return Entry("seizure", S, "a fit or seizure",
            @"seizur\w*|convuls\w*|(?:had|having|has|have|having another) (?:a |another )?fits?|fitting|epilep\w*|(?:wasnt|isnt|not|stopped|wouldnt|wont|couldnt|didnt) respond\w*|(?:wasnt|isnt|not|stopped|wont|didnt) answering (?:me|us)|(?:wouldnt|wont|couldnt|cant|didnt|not) (?:wake|wake up|come round|come to)|(?:hasnt|hadnt|havent|not) (?:properly|fully) (?:woken|woke|come round|come to)|eyes rolled back|unrousable|went (?:stiff|rigid) ~{0,3}(?:shak\w*|jerk\w*|twitch\w*|fitting)|unresponsive|unconscious|lost consciousness|loss of consciousness|knocked out|(?<=(?:jerk\w*|shaking all over|shaking violently|fitting|convuls\w*|went stiff)(?: [a-z0-9]+){0,8} )(?:bit|bitten|biting|bites) (?:her|his|my|their) (?:own )?tongue|(?:bit|bitten|biting|bites) (?:her|his|my|their) (?:own )?tongue(?: [a-z0-9]+){0,8} (?:jerk\w*|shaking all over|shaking violently|fitting|convuls\w*|went stiff)");
        yield return Entry("fainting", S, "fainting or collapse",
            @"fainted|fainting|(?:feel|feeling|felt|nearly|almost|going to|gonna) faint|(?:i|he|she|they|and|then) (?:went|go|goes) faint|came (?:round|to) a bit|pass(?:ed|ing)? out|blacked out|black out|collaps\w*");
        yield return Entry("palpitations", S, "a racing or irregular heartbeat",
            @"palpitat\w*|heart ~{0,2}(?:racing|races|pounding|pounds|hammering|fluttering|flutters|skipping|skips|irregular|beating (?:really |very |so )?(?:fast|hard|weird\w*)|going crazy|going mad|going wild|all over the place)|heart ~{0,3}like the clappers"
            + @"|(?:racing|pounding|irregular|fast) (?:heart|heartbeat|pulse)|heart ?beat ~{0,2}(?:irregular|fast|racing|weird|off|all over the place)|pulse ~{0,3}(?:irregular|fast|racing|all over the place)|skipp(?:ing|ed) beats");
        yield return Entry("confusion", S, "confusion",
            @"confus\w*(?! (?:about|why|as to|by|whether|if|what|how))|disorient\w*|delirious|delirium|(?:cant|cannot) think (?:straight|clearly)|not making sense|(?:hes|shes|he|she|theyre|they|im|i) (?:is |was |am |are |been |keeps? )?(?:not|isnt|wasnt) making (?:much |any )?sense|(?:doesnt|didnt|does not|did not) know (?:where (?:she|he|they) (?:is|was|are)|what (?:day|year) (?:it is|its|it was)|who (?:i|we|she|he|they) (?:am|are|is|was))|(?:doesnt|didnt) recogni[sz]e (?:me|us)|(?:is|was|shes|hes|seems|seemed|gone|went|very) muddled(?! (?:up|about|with|over))|(?:doesnt|didnt) know (?:shes|hes|she is|he is|theyre|they are) (?:at|in)|thinks (?:it is|its) (?:19|20)\d\d|(?:shes|hes|she is|he is|theyre) (?:suddenly |all |really |just )*all over the place|(?<=talk\w* )nonsense|gibberish",
            @"thinking (?:is )?clear\w*|head (?:is )?clear|mind (?:is )?clear");
        yield return Entry("agitation", S, "agitation", @"agitat\w*|frantic");
        yield return Entry("fever", S, "a high temperature",
            @"fever\w*|(?:high|raised) temp\w*|temp\w* (?:of |is |was )?(?:3[89]|4[0-2]|10[0-4])|running a temp\w*|burning up|(?<=(?:feel|feels|feeling|felt) )boiling(?! hot (?:at night|in bed))|(?:3[89]|4[0-2]|10[0-4])(?:\.\d)? on the thermometer|pyrex\w*|3[89](?:\.\d)? ?(?:c|degrees)|10[0-4](?:\.\d)? ?(?:f|degrees)",
            @"temp\w* (?:is |was )?(?:normal|fine|ok|okay)|no (?:high )?temp\w*");
        yield return Entry("rigidity", S, "rigid muscles",
            @"rigid\w*|stiff as a board|(?:whole body|muscles|body) ~{0,2}(?:stiff|rigid|locked)|stiff all over");
        yield return Entry("jaw-stiffness", S, "a stiff or locked jaw",
            @"lock ?jaw|jaws? ~{0,2}(?:lock\w*|stiff\w*|stuck|clamp\w*|tight\w*|seiz\w*)|(?:barely|hardly|cant|cannot|can not|couldnt) get a (?:spoon|fork|finger) in|jaw (?:is|was|stays|stayed|keeps|has been|is stuck) clenched|jaw ~{0,2}(?:wont|will not|doesnt|does not|cant|cannot) open|(?:cant|cannot|can not|barely|unable to|hard to|struggl\w* to) open (?:my |his |her |the )?(?:mouth|jaw)|trismus|(?:face|mouth) ~{0,3}stuck in ~{0,3}(?:grin|smile)|fixed grin|risus|teeth ~{0,2}(?:clamped|locked|stuck|wired) (?:shut|together)|teeth ~{0,2}clenched shut|(?<=(?:talk|speak)\w* )through (?:his |her |my |their )?(?:clenched )?teeth");
        yield return Entry("neck-stiffness", S, "a stiff neck",
            @"(?:stiff|rigid) neck|necks? ~{0,2}(?:stiff\w*|rigid)|(?:cant|cannot) (?:bend|move) (?:my |his |her )?neck");
        yield return Entry("dystonia", S, "twisting or pulling movements (neck, eyes, tongue)",
            @"(?:neck|head) ~{0,3}(?:twist(?:ing|ed|s)|pull(?:ing|ed|s)|drawn|tilt(?:ing|ed)|wrench\w*|yank\w*)|(?:neck|head) ~{0,3}turn\w* to (?:the|one) side (?:by itself|on its own)|eyes? ~{0,2}(?:roll\w*|stuck|fixed) (?:looking )?(?:up|upward\w*|back)|eyes? ~{0,2}flick\w* upward\w*|eyes rolling|oculogyric"
            + @"|tongue ~{0,2}(?:stick\w*|poke\w*|poking|push\w*|protrud\w*|thick|swollen|hanging|fat)|torticollis|back (?:keeps |kept |is |was )?arch(?:ing|es|ed)|arching (?:her |his |my )?back|dystoni\w*");
        yield return Entry("dark-urine", S, "dark urine",
            @"(?:dark|brown|black|cola|coke|tea|red|bloody)(?: colou?red)? (?:urine|pee|wee)|(?:urine|pee|wee|piss) ~{0,3}(?:dark\w*|brown|cola|coke|tea|red|black|bloody)|(?:urine|pee|wee|piss) ~{0,6}(?:reddish|deep|dark) (?:brown|red)|(?:urine|pee|wee|piss) ~{0,2}(?:colou?r of|like) (?:tea|cola|coke|coffee)|dark like (?:strong |black )?(?:tea|cola|coke|coffee)",
            @"(?:urine|pee|wee) ~{0,2}(?:normal|clear|fine|ok|okay)");
        yield return Entry("little-urine", S, "passing little urine",
            @"(?:barely|hardly|not|havent been|havent) (?:peeing|weeing|urinating|passing (?:urine|water))|little urine|havent peed|(?:barely|hardly|hasnt|havent) (?:peed|weed|been for a (?:wee|pee))|(?:no|very little) (?:pee|urine)");
        yield return Entry("head-injury", FindingKind.Context, "a head injury",
            @"(?:hit|banged|bumped|bashed|cracked|knocked|whacked|smacked|thumped|hurt|injured) (?:my |his |her |the )?(?:[a-z]+ )?head|landed on (?:my |his |her )?head|(?:hit|banged|bumped|knocked|whacked|smacked) the (?:back|side|front) of (?:my |his |her )head|head (?:injury|injuries|trauma|knock|bump|clash)|concuss\w*|fell ~{0,3}(?:on|onto|and hit) (?:my |his |her )?head");
        yield return Entry("neck-back-injury", FindingKind.Context, "a neck or back injury",
            @"(?:hurt|injured|injury to|damaged|jarred) (?:my |his |her |the )?(?:neck|back|spine)|(?:neck|back|spine|spinal) (?:injury|injuries|trauma)|whiplash|(?:car|road|traffic|bike|motorbike|motorcycle) (?:crash|accident|collision)|fell (?:off|from|down) (?:a |the |my )?(?:ladder|roof|horse|stairs|bike|wall)|landed on (?:my |his |her )?(?:neck|back|spine)|neck ~{0,2}(?:bent|jolted|snapped|whipped|cricked|jarred) (?:back|forward\w*|sideways|over)|(?:came|come|thrown|flew) off (?:a |the |my |his |her )?(?:horse|ladder|roof)");
        yield return Entry("drowsiness", S, "drowsiness", @"drows\w*|dozy|(?:really|very|so|unusually|extremely) sleepy|(?:cant|hard to) (?:stay awake|wake)");
        yield return Entry("vomiting", S, "vomiting", @"vomit\w*|threw up|thrown up|throw(?:ing)? up|puk\w*|been sick|being sick");
        yield return Entry("vision-problems", S, "vision problems",
            @"(?:blurr\w*|double) vision|vision ~{0,2}(?:blurr\w*|double|weird|gone|lost|fuzzy|strange)|(?:cant|cannot) see (?:properly|clearly)|seeing double",
            @"vision (?:is )?(?:fine|ok|okay|normal|good)|(?:can )?see (?:fine|ok|normally)");
    }
}
