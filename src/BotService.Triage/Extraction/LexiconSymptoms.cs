using BotService.Triage.Findings;
using static BotService.Triage.Extraction.LexiconBuilder;

namespace BotService.Triage.Extraction;

/// <summary>Symptoms behind the same-day and see-a-doctor rows (U1-U7, S1-S12).</summary>
internal static class LexiconSymptoms
{
    private const FindingKind S = FindingKind.Symptom;
    private static readonly string[] Eye = ["eyelid"];
    private static readonly string[] Legs = ["calf", "leg", "thigh", "foot"];

    public static IEnumerable<LexiconEntry> Entries()
    {
        yield return Entry("weakness", S, "weakness",
            @"(?:cant|couldnt|can not|cannot|could not) get (?:up )?out of (?:the |a |his |her |my )?(?:low )?(?:chair|bed|bath|car)(?: [a-z]+){0,2} without (?:help|a hand|someone|assistance|holding|pushing|using (?:my|his|her) arms)|(?:has|have|had|having) to (?:haul|pull|drag) (?:himself|herself|myself|themselves) up|(?:arm|arms|leg|legs) (?:will not|wont|cant|cannot|doesnt|does not) (?:go|lift|raise) (?:up )?(?:above|over|past)(?!(?: [a-z]+){0,3} when (?:it|the \w+|my \w+) (?:cramp|twitch|spasm)\w*)|weak\w*(?! (?:with|from) laugh\w*)|(?:cant|cannot|can not|unable to|struggl\w* to|hard to|trouble|difficulty) (?:lift\w*|grip\w*|raise|climb\w*|get up|open (?:jars?|bottles?)|walk\w*|stand\w*|use (?:my|his|her) (?:hand|arm|leg)|hold (?:a |my |his |her |the |onto )?(?:tea ?|coffee )?(?:cup|mug|glass|pen|fork|spoon|phone|anything|things))"
            + @"|(?:keep |kept |been )?dropp(?:ing|ed) (?:things|stuff|cups?|my \w+)|tripp\w*|trip(?:s|ped)? (?:over|up)|foot (?:drop|slap\w*)|(?:legs?|knees?) (?:give|gave|giving) (?:way|out)"
            + @"|(?:cant|cannot|can not|couldnt|could not) get (?:my |his |her )?(?:left |right )?(?:arm|leg)s? (?:up|above|over|higher)(?! on\b)|(?<=(?:arm|leg|hand) (?:just )?)flops|no strength|(?<=(?:hand|arm|leg|foot|grip)s? (?:is |are |feels? )?(?:sleeping|numb|asleep|tingling|tingly|heavy) and )not (?:so |very )?strong|(?<=(?:hand|arm|leg|foot|grip)s? (?:is |are |feels? )?)not (?:so |very )?strong (?:since|any ?more|now|today)|(?<=(?:hand|arm|leg|finger|foot|feet|grip)s? (?:are |is |have |has |keep )?(?:[a-z]+ and )?)(?:getting|gone|become|becoming|got|going) (?:more |really |very |a bit )?clums\w*(?! (?:with|in|from) the cold)|(?<=(?:hand|arm|leg|foot) ~{0,3}(?:wont|will not|doesnt|does not) )do what (?:i|he|she) (?:tell|want)|lost (?:my |some )?strength|loss of strength|stairs are hard|(?:wobbly|jelly) legs|(?:like|to) jelly|paraly\w*|went (?:dead|limp|floppy)|(?<!(?:gave|give|given|giving) (?:me |him |her |you |them )?a )(?:dead|floppy|limp) (?:arm|leg|hand)(?! from (?:rugby|football|a tackle|a knee|training|the match|the game))|heavy and (?:dead(?! tired| beat| on my feet)|useless|weak)|(?:dead|useless) and heavy",
            @"(?:can|could) still (?:run|lift|grip|use|move|hold|climb)\w*|(?:lifts?|lifting|walking|grip|strength|running) (?:is |are |feels )?(?:fine|normal\w*|ok|okay|good|great|alright)|full strength|strong as (?:ever|usual|normal)");
        yield return Entry("cannot-walk", S, "not being able to walk",
            @"(?:cant|cannot|can not|unable to|no longer able to) (?:walk|stand)|(?:legs?|knees?) (?:gave|give|giving) (?:way|out)",
            // "can still walk" rules out not walking, not weakness: someone weak can often still walk.
            @"can still walk|can walk (?:fine|ok|okay|normally|alright)");
        yield return Entry("wasting", S, "muscle wasting",
            @"wast\w*|shrink\w*|shrunk|atroph\w*|(?:getting|got|looks?|looking|is|gone|went) (?:a bit |much |visibly )?(?:thinner|smaller|skinnier)|thinner than|smaller than the other|hollow\w*|dent(?:ed)? (?:in|between)|gone flat|flattened|flatter|caved in|sunken|indent\w*|lost (?:muscle|bulk)|muscle loss");
        yield return Entry("weight-loss", S, "weight loss", @"(?:lost|losing) (?:a lot of |lots of |some )?weight|weight loss");
        yield return Entry("numbness", S, "numbness or tingling",
            @"(?<=(?:feet|foot|legs?|hands?|arms?|skin) ~{0,3}(?:full of|like) )static|(?<=like (?:when )?(?:your|my|a) (?:foot|leg|arm)\w*(?: [a-z]+){0,2} )(?:sat on|gone to sleep)|numb(?!er)\w*|tingl\w*|pins (?:and|n) needles|prickl\w*|fizz\w*|(?:cant|cannot) feel (?:my|his|her)|(?:cant|cannot) (?:really|properly|quite) feel (?:my|his|her)(?!(?: [a-z]+){1,3} (?:in|from) the cold)|(?:hand|hands|arm|arms|leg|legs|foot|feet|face|fingers?) (?:is|are) sleeping(?!(?: [a-z]+){0,4} (?:after|from|when|because|cos|if)\b)|dead feeling|belongs? to (?:someone|somebody) else|(?:buzzing|electric\w*) (?:feeling|sensation)s?",
            @"(?:feeling|sensation) (?:is |are )?(?:fine|normal)|can feel (?:everything|fine|normally)");
        yield return Entry("perioral-tingling", S, "tingling around the mouth",
            @"(?:lips?|mouth) (?:feel|feels|felt|like|covered in|full of) ~{0,3}sherbet|sherbet (?:on|round|around) (?:my |his |her )?(?:lips?|mouth)|(?<=(?:round|around) (?:my |his |her |the )?mouth )(?:feels?|felt) like (?:when|sherbet|pins|static|pop rocks|fizz\w*|electric\w*|after the dentist)|(?:tingl\w*|numb\w*|pins (?:and|n) needles|prickl\w*|fizz\w*)(?: [a-z]+){0,3} (?:around|round|in|on) (?:my |the |her |his )?(?:mouth|lips?)|(?:lips?|mouth) ~{0,3}(?:tingl\w*|numb\w*|prickl\w*|fizz\w*)|(?:lips?|mouth) (?:is |are |feels? |felt )?(?:all )?buzz(?:y|ing)|(?:tingly|numb|fizzy) (?:lips?|mouth)|perioral");
        yield return Entry("hand-spasm", S, "hands or feet cramping into a claw",
            @"claw\w*|carpopedal|obstetricians?|(?:hands?|fingers?|toes?|wrists?) ~{0,3}(?:lock\w*|curl\w*|stuck|bent|contract\w*|seiz\w*|cramp\w* up|cramping|cramped|spasm\w*|bunch\w*|(?:wont|will not|cant|cannot) straighten)");
        yield return Entry("hyperventilation", FindingKind.Context, "breathing fast or a panic attack",
            @"breathing (?:really |very |too )?fast|over ?breath\w*|hyperventilat\w*|panic attacks?");
        yield return Entry("pain", S, "pain", @"pain\w*|hurt\w*|sore\w*|ach(?:e|es|ing|y)|agony|tender\w*");
        yield return Entry("severe-pain", S, "severe pain",
            @"(?<=(?:so|too) )(?:sore|painful) (?:that )?(?:i|he|she|they) (?:can|could) ?(?:barely|hardly|not|nt|t) |(?<=pain (?:is|was|has been|s) (?:really |so |just )?)(?:terrible|horrendous|unbearable|awful|excruciating|horrible|agony)|(?:severe|extreme|excruciating|unbearable|agoni[sz]ing|terrible|horrible|awful|worst|intense|really bad|so bad|very bad|strong) ~{0,2}(?:pain|cramp\w*|ache)|(?:extremely|excruciatingly|unbearably|agonisingly|agonizingly) painful"
            + @"|agony|agoni[sz]ing|very very (?:pain\w*|sore|bad|hurt\w*)|(?:pain|ache|aches|hurts?|hurting) ~{0,2}(?:badly|so bad|like hell|unbearabl\w*)|10 ?/ ?10|ten out of ten");
        yield return Entry("spreading", S, "twitching spreading to other places",
            @"(?:come|came|moved|moving|gone|crept|creeping|spread\w*|crawled|crawling) up to (?:his |her |my |the )?(?:knees|thighs|hips|waist|shins|elbows|shoulders)|spread(?!sheet)\w*|mov(?:es|ing) around|(?:up|now) to (?:my |his |her )?(?:knees|thighs|hips|waist|elbows|shoulders)|jump\w* around|different (?:places|spots|muscles|parts)|(?:other|more) (?:muscles|places|areas)|migrat\w*|(?:creep\w*|moving|moved|rising|spreading) up|(?:all over|everywhere|random (?:places|spots|muscles))|(?<=(?:hands?|arms?|legs?|thighs?|feet|face) (?:are |is )?)(?:starting|beginning) to (?:feel|go|get) (?!better|normal|stronger|fine|ok)(?:[a-z]+ ){0,2}too|now (?:my |his |her |their )?(?:hands?|arms?|legs?|thighs?|feet|face) (?:are |is |have |has )?(?:gone |going |feel |feeling |getting |got )?(?:tingly|numb|weak|twitch\w*|prickly) (?:too|as well)(?! from (?:the )?cold)");
        yield return Entry("worsening", S, "it getting worse",
            @"worse (?:this|over the (?:last|past)) (?:year|month|winter|summer|few months|couple of months)|(?:getting|got|gets|become|becoming|grown|growing) ~{0,2}(?:worse|weaker|bigger|stronger|more frequent)|(?:getting|gets|becoming|going|starting to (?:feel |get |go )?) ?weak\b|(?:getting|got|gets|grown) shakier|(?<=(?:hand|arm|leg|finger|foot|feet|grip)s? (?:are |is |have |has |keep )?(?:[a-z]+ and )?)(?:getting|gets|becoming) (?:more )?clums\w*|worse than (?:it was |they were )?(?:last|a|this time last) (?:year|month|week|few months)|(?:definitely|noticeably) worse|worse and worse|more and more|more (?:every|each) (?:year|month|week)|worsen\w*|progress\w*|deteriorat\w*");
        yield return Entry("cramp-not-easing", S, "a cramp that does not ease",
            @"^nothing (?:help|helps|helped|works|worked|is working)$|(?<=(?:it|cramp|muscle|calf|leg|thigh|foot)\w* )(?:will not|wont|doesnt|does not|didnt|did not) give(?: at all| an inch)?$|still (?:a )?hard (?:knot|lump|ball)|still (?:a )?(?:knot|ball)(?! (?:this|in the) morning)|(?<=(?:try|tried|trying)(?: [a-z]+){0,8} )nothing (?:help|helps|helped|work|works|worked)|(?:wont|will not|doesnt|does not|isnt|is not|hasnt|has not|not) (?:let go|let up|ease|easing|eased|stop|stopping|go away|gone away|releas\w*|relax|loosen\w*|budge)"
            + @"|(?:wont|will not|doesnt|does not|isnt|is not|hasnt|has not|not) (?:go|going|gone)(?! (?:to|back|out|up|down|in))|(?:stretch\w*|walk\w*|mov\w*|massag\w*|rubb\w*)(?: it)? (?:does|did|do|is doing|are doing) nothing|nothing (?:shifts|helps|works|eases|moves|releases|stops|loosens) it|(?<=(?:tried|trying|stretch\w*|pull\w*|stand\w*|walk\w*)(?: [a-z]+){0,8} )nothing (?:works|worked|helps|helped)|^still going(?! to| running| strong| out| for| on)|nothings? (?:is )?(?:shifting|helping|working|easing|moving|releasing|loosening) it|locked (?:up )?solid|(?:locked|stuck) in (?:a )?cramp|still (?:rock hard|hard as (?:a )?rock|like a rock)|still (?:cramp\w*|there|locked|tight|hasnt)|(?:its|it is|it was|cramp is|cramp was) still going(?! to)|(?:constant|continuous|nonstop|non stop) cramp\w*|(?:every time|whenever|as soon as) (?:i |he |she )?stop\w* (?:stretch\w*|rubb\w*|massag\w*)(?: it)?(?: it)?(?: just)? (?:grabs|comes back|comes on|cramps|locks|seizes|tightens|goes)(?: up| tight| hard)?(?: again)?|(?:stretch\w*|walk\w*|mov\w*|massag\w*)(?: on it)? (?:doesnt|does not|isnt|is not|wont|didnt|did not) (?:help\w*|work\w*)");
        yield return Entry("not-improving", S, "it not getting better with self-care",
            @"(?:stretch\w*|massag\w*|magnesium|nothing|rest\w*|home remedies|tonic water|quinine|bananas?) ~{0,2}(?:isnt|is not|doesnt|does not|didnt|did not|wont|hasnt|has not|not) (?:help\w*|work\w*|fix\w*|make a difference)"
            + @"|nothing (?:helps|works|seems to help)|not (?:getting|got) (?:any )?better|(?:isnt|hasnt|not) improv\w*");
        yield return Entry("frequent", S, "it happening often",
            @"(?:every|most|each) (?:night|day|evening)s?|nightly|all the time|constant\w*|frequent\w*|regularly|daily|several times a (?:day|night|week)|\d+ ?(?:-|to) ?\d+ times a (?:week|night|day)|\d+ times a (?:week|night|day)|(?:a )?few times a (?:week|night)|night after night");
        yield return Entry("sleep-disturbed", S, "it disturbing your sleep",
            @"(?:wake|wakes|waking|waken\w*) (?:me|us|him|her)(?: up)?|(?:keeps?|kept) (?:waking|wakin) (?:me|us|him|her)|woke (?:me|us|him|her)(?: up)? ~{0,3}(?:(?:two|three|four|five|several|many|\d+) times|again|every|most|each)|keeps? (?:me|him|her) (?:up|awake)|(?:cant|cannot|can not|unable to|hard to) (?:sleep|get to sleep|stay asleep)|(?:ruin\w*|disturb\w*|disrupt\w*|wreck\w*) (?:my |his |her )?sleep|losing sleep");
        yield return Entry("affects-daily-life", S, "it affecting daily life",
            @"(?:cant|cannot|can not|struggl\w* to|hard to) do (?:up )?(?:my |his |her )?(?:shirt |coat )?buttons(?! when)|(?:affect\w*|interfer\w*|impact\w*|stopp?\w*) (?:my |his |her )?(?:daily|work|job|life|day|everyday|driving)|(?:struggl\w*|hard|difficult|trouble|cant|cannot) (?:to )?(?:write|writing|drink\w*|eat\w*|hold (?:a|my|his|her) (?:cup|pen|fork|phone|glass)|button\w*|type|typing|drive|driving)|spill\w*|(?<=sign\w* )(?:my|his|her) name|buttons (?:are |is )?(?:getting |becoming )?(?:hard|harder|difficult|tricky|a struggle)");
        yield return Entry("claudication", S, "calf pain on walking that eases with rest",
            @"(?<=walk\w*(?: [a-z0-9]+){0,12} )(?:have|had|has) to stop(?: [a-z]+){0,8} (?:till|until) it (?:goes|passes|eases|wears off)|(?<=(?:cramp\w*|pain\w*|ache\w*|hurt\w*)(?: [a-z0-9]+){0,12} )every time (?:i |he |she )?walk\w*(?! the dog)|(?:when|while|after) (?:i |im )?walk\w*(?: [a-z0-9]+){0,8} (?:eases?|goes away|go away|stops?|better|settles?|disappears?) ~{0,4}(?:rest\w*|stop\w*|stand\w* still|sit\w* down)"
            + @"|(?:eases?|goes away|goes off|wears off|better|stops|settles) ~{0,3}(?:when|if|after) (?:i )?(?:rest|stop(?! (?:drinking|having|taking|eating|using))|stand still|sit down)|claudicat\w*"
            + @"|(?:after|when|while|if) (?:i |he |she |im )?walk\w* (?:about |around |roughly |only |just |for )?(?:\d+|a few|a couple of|a few hundred|a hundred|half a) (?:yards|metres|meters|m|blocks|streets|mile)|(?:after|when|while) walk\w* (?:only )?a short (?:way|distance)|(?<=(?:calf|calves|legs?|thighs?|buttocks?)(?: [a-z]+){0,2} cramp\w*(?: up)? (?:when|whenever|if) (?:i |he |she )?)walk\w*(?! the dog)(?!.*\b(?:pulled|strain\w*|sprain\w*|run|running|gym|heels|new shoes|football|rugby)\b)");
        yield return Entry("stiffness", S, "stiffness", @"stiff\w*");
        yield return Entry("swelling", S, "swelling", @"swell\w*|swollen|puff\w*|(?<=(?:one|left|right) (?:leg|calf|ankle|foot) (?:is |looks |feels |has gone |went |got |getting )?(?:very |so |really |much )?)(?:big|fat|huge)(?! toe)|(?<=(?:leg|calf|ankle|foot) (?:is |looks |feels )?)(?:big|fat|huge) and (?=hot|red|hard|tight|painful)|bigger than the other|rock hard|hard as (?:a )?rock", needsPlace: Legs);
        yield return Entry("redness", S, "redness or darker skin",
            @"red(?! wine| meat| bull)|redness|reddish|inflamed|darker (?:skin|colou?r)|skin (?:looks |is |has gone |gone |went |turned |looking )?(?:a bit |slightly |much |kind of |kinda )?darker|darker than the other|discolou?r\w*|purpl\w*|bluish", needsPlace: Legs);
        yield return Entry("warmth", S, "warmth", @"warm(?! bath| shower| water)|hot to (?:the )?touch|feels hot|(?<=(?:leg|calf|ankle|foot|its|it is|it) (?:is |was |feels |looks )?(?:big|swollen|red|puffy|tight|fat) and )hot|(?<=(?:leg|calf|ankle|foot|its|it is|it) (?:is |was |feels |looks )?)hot and (?:swollen|red|puffy|big|tight)", needsPlace: Legs);
        yield return Entry("pain-on-flexing", S, "pain when you bend your foot",
            @"(?:hurts?|pain\w*) (?:when|if) (?:i )?(?:bend|flex|point|pull) (?:my |the )?(?:foot|toes)");
        yield return Entry("eyelid-closes", S, "the eyelid closing fully",
            @"(?:eye|eyelid|lid) ~{0,2}(?:shuts?|closes?|closing|shutting|clamps?|squeez\w*)|(?:shuts?|closes?) (?:my |the )?(?:whole )?eye|(?:cant|cannot|hard to) open (?:my |the )?(?:eye|eyelid)",
            @"(?:eye|eyelid|lid) (?:does|do)(?:nt| not) (?:fully |completely )?(?:close|shut)", needsPlace: Eye);
        yield return Entry("eyelid-droop", S, "a drooping eyelid", @"droop\w*|sag\w*|ptosis|hooded", needsPlace: Eye);
        yield return Entry("eye-red", S, "a red, swollen or sticky eye",
            @"red(?! wine| card| meat| bull)|redness|bloodshot|swollen|swelling|sticky|discharg\w*|pus|gunk\w*|crust\w*|goop\w*|pink eye|conjunctivitis", needsPlace: Eye);
        yield return Entry("blepharospasm", S, "both eyes clamping shut",
            @"both (?:of )?(?:my |his |her |their )?eyes ~{0,4}(?:clamp\w*|shut\w*|clos\w*|squeez\w*|blink\w*)|(?:cant|cannot) (?:stop|control) (?:my )?blink\w*|blepharospasm|blink\w* ~{0,2}(?:uncontrollabl\w*|nonstop|constantly)");
        yield return Entry("hemifacial", S, "one side of the face twitching",
            @"(?:whole|entire|one|left|right) ~?side of (?:my |his |her |the )?face ~{0,3}(?:twitch\w*|spasm\w*|jump\w*|pull\w*)|half (?:of )?(?:my |the )?face ~{0,3}(?:twitch\w*|spasm\w*)|face (?:on )?(?:that|one|this|the left|the right) side ~{0,3}(?:twitch\w*|spasm\w*|jump\w*)|hemifacial");
        yield return Entry("restlessness", S, "restlessness or jitteriness", @"restless\w*|jitter\w*|(?:cant|cannot) (?:sit|keep) still|on edge");
        yield return Entry("sweating", S, "sweating", @"sweat\w*|drenched|clammy");
        yield return Entry("diarrhoea", S, "diarrhoea", @"diarrh\w*|the runs|loose (?:stools|bowels)");
        yield return Entry("shivering", S, "shivering", @"shiver\w*|chills");
        yield return Entry("onset-sudden", S, "it starting suddenly",
            @"sudden\w*|all of a sudden|out of (?:nowhere|the blue)|came on (?:fast|quickly|all at once)|just now|(?<=(?:weak\w*|numb\w*|cant (?:lift|move|feel)|falling)(?: [a-z]+){0,6} )right now|right now(?= (?:[a-z]+ ){0,6}(?:weak|numb|cant (?:lift|move|feel)|falling))|went (?:dead|limp|floppy|weak)");
        yield return Entry("onset-gradual", S, "it coming on gradually",
            @"gradual\w*|slowly|over (?:the )?(?:last |past )?(?:few |couple of |several |many |\d+ )?(?:weeks|months|years)|creeping|bit by bit|little by little|for (?:months|years)");
    }
}
