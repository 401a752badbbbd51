using BotService.Triage.Findings;

namespace BotService.Triage.Extraction;

/// <summary>
/// Red flags said in two halves, in neighbouring clauses of one message ("He was jerking on the floor. He wont answer
/// me"): neither half is the sign on its own, and the lexicon reads one clause at a time.
/// </summary>
internal static class SplitSigns
{
    /// <summary>How many clauses after the first half the second may come ("...on the floor. It stopped. He's lying there and won't answer").</summary>
    private const int Reach = 3;

    // "jerking", not "a jerk" nor "jerking me around".
    private const string JerkWord = @"(?<!\b(?:a|an|such a|what a)(?: [a-z]+)? )jerk\w*(?! (?:me|us|him|her|them) around)";

    private static readonly SplitSign[] Signs =
    [
        // Fitting movements, then not answering: the lexicon's one-clause form of the same seizure pattern.
        new("seizure", FindingKind.Symptom,
            Compile(JerkWord + @"|shaking all over|shaking violently|shak\w* (?:all|the whole|whole|his whole|her whole|their whole) body|fitting|convuls\w*|on the floor|collaps\w*|went stiff"),
            Compile(@"^(?:(?:and|but|now|still|just|he|she|they|hes|shes|theyre) )*(?:(?:is |are )?(?:just )?(?:lying|laying|sitting|slumped) (?:there |on the floor |still |in (?:bed|the chair) )?and (?:now )?)?(?:wont|wouldnt|doesnt|didnt|cant|isnt|wasnt|not|will not|is not) (?:answer\w*|respond\w*)(?: (?:me|us|her|him|them|anyone|anybody)(?: now| at all| any ?more)?$| to (?:me|us|anything|anyone|(?:his|her|their) name)\b| when (?:i|we) (?:call|say|shout|shake|talk)|$)"
                + @"|^(?:(?:and|but|now|then|he|she|they|hes|shes|theyre) )*(?:has |have |just |also )?(?:bit|bitten) (?:his|her|their) (?:own )?tongue(?!.*\b(?:eating|chewing|playing|trampoline|rugby|football|yawn\w*|yesterday|last|sandwich|food|fell|fall|dinner|lunch|tea|crisps?|laugh\w*|brace|braces|swing|trying)\b)"),
            Unless: Compile(@"puppy|dog|cat|kitten|tantrum|meltdown|screaming|stretch\w*|gym|flip|toys?|threw|throw\w*|sulk\w*|homework|lego")),

        // Jerking, then not awake: "her arms were jerking. now she is not awake" (not jerks in sleep, nor "not awake yet").
        new("seizure", FindingKind.Symptom,
            Compile(JerkWord + @"|shaking all over|shaking violently|fitting|convuls\w*"),
            Compile(@"^(?:(?:and|but|now|still|he|she|they|hes|shes|theyre) )*(?:is |are )?(?:not|isnt) (?:awake|conscious)\b(?! (?:now |yet )?(?:so|for|when|till|until|to|yet)\b)|^(?:(?:and|but|now|still|he|she|they|hes|shes|theyre) )*(?:is |are )?(?:not|isnt) (?:looking at|focus\w* on) (?:me|us|anyone|anything)(?= *$| (?:at all|just star\w*|any ?more)\b)"),
            Unless: Compile(@"sleep\w*|asleep|dream\w*|doz\w*|nap\w*|night|bed|dropping off|drifting off|nodding off|nod\w* off|awake|puppy|dog|cat|kitten|head away|annoyed|angry|sulk\w*|teen\w*|tantrum|boss|spill\w*|knock\w*|bump\w*|watching|tv|footy|slam\w*|door|startl\w*|noise|bang")),

        // Going rigid or dropping to the floor, then jerking: "she went rigid then her whole body started jerking",
        // "he dropped to the floor. his legs were jerking" (not a dog, a tickle, a ride or exercise).
        new("seizure", FindingKind.Symptom,
            Compile(@"(?:went|gone|goes) (?:stiff|rigid)|stiffened up|(?:dropped|slumped|crumpled|fell|collapsed|hit|went down) (?:down )?(?:to |onto |on )?the (?:\w+ )?(?:floor|ground)"),
            Compile(@"^(?:(?:and|but|now|then|and then|he|she|they|hes|shes) )*(?:(?:his|her|their) )?(?:whole body|body|arms and legs|legs and arms|arms|legs|all over) (?:is |are |was |were |started |starts |keeps |kept |began |just )?(?:jerk|convuls)\w*|^(?:(?:and|but|now|then|and then) )*(?:he|she|hes|shes|he is|she is|he was|she was|they) (?:\w+ )?(?:jerk\w* (?:all over|violently)|convuls\w*|fitting)"),
            Unless: Compile(@"dog|cat|puppy|kitten|horse|giggl\w*|tickl\w*|laugh\w*|bouncy|trampoline|dream\w*|massage|ride|gym|squat\w*|planks?|push ?ups?|cold|ice|stage|cramp\w*|danc\w*|stretch\w*|tired|exercis\w*|workout|yoga")),

        // A blank look, then jerking: "she just went blank, then her arm started jerking" (someone else; not a mind gone blank
        // on stage or in an exam, nor an eyelid jerking from nerves).
        new("seizure", FindingKind.Symptom,
            Compile(@"(?:went|gone|goes) (?:blank|vacant)(?<=(?:he|she|they|mum|dad|nan|grandad|husband|wife|son|daughter|partner|brother|sister|baby|child) (?:just )?(?:went|gone|goes) (?:blank|vacant))"),
            Compile(@"(?:arms?|legs?|hands?|face|body|head) (?:\w+ )?(?:jerk\w*|convuls\w*)|(?:jerk\w*|convuls\w*) (?:all over|on one side)|fitting|shaking all over"),
            Unless: Compile(@"mind|exam|test|interview|presentation|speech|screen|phone|tv|stage|asked|remember\w*|boss|daydream\w*|pints?|drunk|nerv\w*|lines|read|bill|news|shock\w*|twins|pin")),

        // A fall or whole-body shaking, then not talking: "fall down and shake all body... now he not talk to me".
        new("seizure", FindingKind.Symptom,
            Compile(@"fall down|fell down|collaps\w*|shak\w* (?:all|the whole|whole|his whole|her whole|their whole) body|shaking all over|eyes (?:go|went|rolled|rolling) (?:up|back)"),
            Compile(@"^(?:(?:and|but|now|still|just|he|she|they|hes|shes|theyre) )*(?:wont|wouldnt|doesnt|didnt|cant|isnt|wasnt|not|will not|is not) (?:talk\w*|speak\w*) to (?:me|us)$")),

        // A smile tried, then only one side moving: a face droop told as what happened in the mirror.
        new("face-droop", FindingKind.Symptom,
            Compile(@"(?:smil\w*|grin(?:s|ned|ning)?)(?! (?:fine|ok|okay|normally|normal|properly|well))"),
            Compile(@"^(?:(?:and|but|then|just) )*only (?:the )?(?:left|right|one) side (?:of (?:my|his|her|the) (?:face|mouth) )?(?:went|goes|go|moved|moves|lifted|lifts|came) up|^(?:(?:and|but|then|just) )*(?:the )?(?:left|right) side (?:of (?:my|his|her|the) (?:face|mouth) )?(?:wont|doesnt|didnt|does not|did not|will not|would not|wouldnt) (?:move|go up|lift)(?: (?:at all|properly|any ?more|like the other|when (?:i|he|she|they) (?:smile|try|tried)\w*))?$")),

        // The chest or ribs named, then how it feels, pointing back and naming nothing else: "under my left ribs... It's
        // more of a squeeze now" (not "heavy legs after the gym", "pressure at work is mad").
        new("chest-pain", FindingKind.Symptom,
            Compile(@"(?<=(?:twitch\w*|feel\w*|pain\w*|spasm\w*|cramp\w*|hurt\w*|ach\w*|sore|flutter\w*|pressure|tight\w*|pull\w*|jump\w*) (?:[a-z]+ ){0,4})(?:chest|ribs?|breastbone|sternum)(?! (?:day|freezer|press|of drawers|workout|wall))|(?:chest|ribs?|breastbone|sternum)(?= (?:[a-z]+ ){0,3}(?:twitch\w*|pain\w*|spasm\w*|cramp\w*|hurt\w*|ach\w*|sore|flutter\w*|jump\w*))"),
            Compile(@"^(?:and |but |now )*(?:its|it is|it s|it|this|that)(?: (?:is|feels|has|s|more|now|getting|becoming|turning into|like|of|a|really|very|so|quite|kind of|bit))* (?:squeez\w*|pressing|pressure|crushing|heavy|heaviness|tight|tightness|tightening|vice)(?: (?:now|too|as well|again|all the time|like a \w+))?$"),
            Unless: Compile(@"pulled|strain\w*|cough\w*|training|running|gym|workout|lifting|sneez\w*|bra|wear\w*|belt|strap\w*")),
    ];

    public static void Derive(ReadState state)
    {
        foreach (var sign in Signs)
        {
            if (!state.HasPresent(sign.Name) && Said(state.Clauses, sign))
            {
                state.AddPresent(sign.Name, sign.Kind);
            }
        }
    }

    // The first half is looked for first: its words are rare ("jerking", "ribs", "smiled"), where the second half opens
    // with common ones ("he", "its", "and"), so most messages never run the second half's pattern at all.
    private static bool Said(List<(Clause Clause, List<string> Found, List<PlaceMention> Places)> clauses, SplitSign sign)
    {
        for (var first = 0; first < clauses.Count - 1; first++)
        {
            var text = clauses[first].Clause.Text;
            if (clauses[first].Clause.IsHypothetical || !sign.First.IsMatch(text) || sign.Unless?.IsMatch(text) == true)
            {
                continue;
            }

            for (var second = first + 1; second <= Math.Min(clauses.Count - 1, first + Reach); second++)
            {
                if (!clauses[second].Clause.IsHypothetical && sign.Second.IsMatch(clauses[second].Clause.Text))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Interpreted, not compiled to IL: they run only on clauses holding their rare first words (see Pattern.Interpret).
    private static PrefilteredRegex Compile(string pattern) => new(Pattern.Interpret(pattern));

    /// <param name="Unless">Said in the first half, a cause that explains the second ("a muscle pulled in my ribs", "a tantrum").</param>
    private sealed record SplitSign(string Name, FindingKind Kind, PrefilteredRegex First, PrefilteredRegex Second, PrefilteredRegex? Unless = null);
}
