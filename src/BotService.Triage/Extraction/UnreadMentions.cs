namespace BotService.Triage.Extraction;

/// <summary>
/// A safety net under the lexicon. Every blind case batch's first run found red flags in words the patterns had not met
/// ("my chest feels like its in a vice", "urine dark like strong tea": 68% and 80% emergency recall in the fifth and
/// sixth), so a clause that names the chest, breathing or swallowing, speech or the face, or urine, in a message that
/// neither says nor rules out any of that system's warning signs, puts those signs first among the next question's
/// buttons: the person who meant one can say so with a tap. It changes no level and no wording.
/// </summary>
internal static class UnreadMentions
{
    // Declared before the table that uses it: static fields are set in order.
    private static readonly PrefilteredRegex Stroke = new(Pattern.Interpret(@"(?<!(?:breast|back|swimming|swim|heat|sun|paddle|brush|pen|key|golf|tennis|rowing|finishing|master|killer|i|we|you|to|gently) )strokes?(?! (?:of|my|his|her|the|it|him|them|their|your)\b)|ministroke|(?<=(?:a|had|having) )tia"));

    // Each system: the words that name it, its warning signs to offer, the findings that already explain the mention
    // (a twitch that spread to the cheek names the face without a droop being in question), and words anywhere in the
    // message that rule one of its signs out though no pattern reads them as a denial ("its not drooping at all").
    private static readonly (PrefilteredRegex Mention, string[] Signs, string[] Explained, (PrefilteredRegex Words, string Sign)? RuledOut)[] Systems =
    [
        // A stroke named even as a worry ("is this a stroke?"): its FAST signs are asked about rather than the question
        // being turned away.
        (Stroke, ["face-droop", "one-sided-weakness", "speech-trouble"], [], null),
        (new(Pattern.Compile(@"chest|heart|breastbone|sternum|ribcage")), ["chest-pain", "palpitations"], [], null),
        (new(Pattern.Compile(@"(?<!(?:deep|a|big|long|few) )breath\w*|throat|swallow\w*|windpipe|airway")), ["breathing-trouble", "throat-tightness", "swallowing-trouble"],
            ["hyperventilation"], null),
        (new(Pattern.Compile(@"speech|voice|(?:my|his|her|their) words|mouth|smile|face")), ["face-droop", "speech-trouble"],
            ["face-spread", "hemifacial", "perioral-tingling", "jaw-stiffness", "dystonia"],
            (new(Pattern.Compile(@"(?<=(?:not|no|isnt|without|never) )(?:drooping|droopy|droops?|sagging|lopsided)")), "face-droop")),
        (new(Pattern.Compile(@"urine|pee|peed|peeing|weeing|(?:my|his|her|the) wee(?! (?:bit|one|lad|lass))")), ["dark-urine", "little-urine"], [], null),
    ];

    // "nothing wrong with my breathing": the clause names the system to say it is well.
    private static readonly PrefilteredRegex SaysNothingWrong = new(Pattern.Compile(@"nothing (?:wrong|up) with|no (?:problems?|issues?) with"));

    /// <summary>The signs to offer first, for the systems this message names without a sign of them said or denied.</summary>
    public static IReadOnlyList<string> Read(ReadState state)
    {
        List<string>? signs = null;
        foreach (var (mention, systemSigns, explained, ruledOut) in Systems)
        {
            if (Array.Exists(systemSigns, s => state.HasPresent(s) || state.Denied.Contains(s)) || Array.Exists(explained, state.HasPresent)
                || !state.Clauses.Exists(c => Names(c.Clause, mention)))
            {
                continue;
            }

            (signs ??= []).AddRange(ruledOut is { } r && state.Clauses.Exists(c => r.Words.IsMatch(c.Clause.Text))
                ? systemSigns.Where(s => s != r.Sign)
                : systemSigns);
        }

        return signs ?? (IReadOnlyList<string>)[];
    }

    // Not in a general question, nor where the person says the part is well ("my face looks normal").
    private static bool Names(Clause clause, PrefilteredRegex mention) =>
        (!clause.IsHypothetical || mention == Stroke) && mention.IsMatch(clause.Text) && !ClauseRules.SaysPlaceIsWell(clause) && !SaysNothingWrong.IsMatch(clause.Text);
}
