namespace BotService.Triage.Extraction;

/// <summary>The checklist's questions ("fever? no", "face? one side drooping"): when a question mark joins its answer.</summary>
internal static partial class ClauseSplitter
{
    // A question mark joins a short item to its answer as a colon does, when neither side asks or worries, and the
    // answer may run to six words: "fever? no", "SOB? yes", "face? one side drooping since 10 mins" are one clause each, but "chest pain? is that serious"
    // and "chest pain? worried its my heart" split, so the chest pain stays said and the worry stays its own clause; so
    // does an answer trailing off ("chest pain? no... well yes actually").
    private const string AsksOrWorries =
        @"(?:does|do|did|can|could|is|are|was|were|will|would|should|shall|what|why|how|when|where|which|who|am|has|have|if|might|may"
        + @"|worried|worry|scared|afraid|terrified|fear|fearful|panick\w*|paranoid|in case|incase|sign|signs|symptom|symptoms|google\w*|read|heard)\b";
    private const string QuestionItem = @"(?:^|[.,;:!?/\n(]\s*|\?\s*" + OneWordAnswer + @"\s+)(?!" + AsksOrWorries + ")" + @"(?:" + NotNegation + @"[a-z0-9+]+ ){0,2}" + NotNegation + @"[a-z0-9+]+";
    private const string QuestionAnswer = @"\s*(?!(?:[a-z0-9+-]+ ){0,5}" + AsksOrWorries + @")(?!" + Denial + ")(?!" + UnsureDenial + ")"
        + @"(?:[a-z0-9+-]+ ?){1,6}\s*(?:[,;/!\n]|\.(?!\.)|$)"
        + @"|\s*(?!" + CorrectedDenial + ")" + Denial + @"\s*(?:$|[.,;/!\n]+\s*(?:$|(?=" + NextItem + @"))|(?<=\w)\s+(?=" + NextAsked + "))";

    // Only a plain "no" in a plain checklist denies what was asked: one that ends the message or comes right before the
    // next item asked ("fever? no. neck stiff? no"). Any other words after it may take it back or say the sign another
    // way ("no, just pressure", "no. its back", "no. oops", "no, 39.5", "seizure? no, just jerking all over"); a "no"
    // taken back later in the checklist ("no. fever? no. actually yes") is none; nor is an answer ending in "no" without
    // being one ("more like pressure no", "she says no"). Each leaves the item said, as it was read before checklists were.
    private const string Denial = @"(?:no(?! (?:clue|idea|sure|one|way|longer|better|change|different|worse|improvement)\b)|nope|nah|none|nil|neg|never)\b";
    private const string UnsureDenial = @"(?:[a-z0-9+-]+ ){1,6}" + Denial + @"\s*(?:[,;/!\n.]|$)";
    private const string CorrectedDenial = Denial + @"[\s\S]{0,200}?\b(?:yes|yeah|yep|yea|actually|wait|hang on|sorry|now|then|but|though|until|till|update\w*|correction|still|again|back|ongoing|continu\w*"
        + @"|lied|ignore|delete|scratch|misclick\w*|wrong|mistake|present|positive|affirmative|definitely|is|does|has|did|was|are|am"
        + @"|crushing|started|starting|clutch\w*)\b";
    private const string NextItem = @"(?!" + AsksOrWorries + @")(?:[a-z0-9+]+ ){0,2}[a-z0-9+]+\s*[?:]";
    private const string NextAsked = @"(?:[a-z0-9+]+ ){0,2}[a-z0-9+]+\?";

    // "SOB? no CP? no": a one-word answer ends before the next item asked, without punctuation between.
    private const string OneWordAnswer = @"(?:no|yes|none|nil|neg|nope|yeah|yep|ok|okay|fine|normal|nad|never)";
}
