using System.Text.RegularExpressions;

namespace BotService.Triage.Extraction;

/// <summary>Splits a normalised message into clauses and marks worries, questions and other people's history.</summary>
internal static partial class ClauseSplitter
{
    internal static readonly PrefilteredRegex Hypothetical = new(Pattern.Compile(
        @"what if|if (?:i|it|this|my|she|he) ~?(?:get|gets|got|become|becomes|turn|turns|start|starts|develop|develops|end up|ends up)|if (?:its|it is|this is) ~?(?:als|mnd|ms|serious|cancer|something)|in case|might (?:be|get|have|mean)|could (?:it|this|that) be|could be"
        + @"|(?:worried|scared|afraid|terrified|fear|fearful|panicking|paranoid) (?:that )?(?:it|its|this|about|of|i|im)|biggest fear"
        + @"|is (?:it|this|that) (?:a sign|als|ms|mnd|serious|cancer)|does (?:it|this|that|twitching|cramping)|do (?:twitches|cramps)"
        + @"|can (?:it|twitching|this|that|twitches|cramps) (?:cause|mean|lead|be)|symptoms? of|signs? of|read (?:that|about|online)|googl\w*|heard|will i|am i going to|should i worry|^(?:like|say|such as|for example) if (?:my |your |the |i |you )?(?:[a-z]+ )?(?:drooped|sagged|went|got|had|were|did|started|turned|became)\b|(?:was|were|is|are|be) (?:actually|really) (?:a |an )?(?:seizure|fit|stroke|heart attack|clot|blood clot)"
        + @"|(?:(?:film|movie|tv show|tv series|documentary) (?:where|about|in which)|my character|(?:character|guy|man|woman|hero|villain|bloke) in (?:the|a|this|that) (?:film|movie|show|series|game))(?!(?: [a-z]+)* (?:i|im|ive|my|me)\b)"));

    private static readonly Regex QuestionWord = Pattern.Compile(
        @"^(?:does|do|can|could|is|are|will|would|should|what|why|how|when|which|who|am)");

    private static readonly Regex FirstPerson = Pattern.Compile(@"i|im|ive|my|me|mine|id");

    // "is it normal to get a spasm in your chest?" asks about what the person has, in the generic "you": what it
    // names is taken as said (a chest spasm must never be explained away), where "can cramps be serious?" is not.
    private static readonly Regex AsksIfOwnIsNormal = Pattern.Compile(@"^is (?:it|this|that) (?:normal|ok|okay|common|bad|dangerous)|^(?:is|are) (?:a |an |having |getting )?(?:[a-z]+ ){1,6}(?:normal|ok|okay) after");

    // "is dark urine normal after exercise? mine is normal" or "... just asking": what follows the question says it was
    // asked in general.
    private static readonly Regex AskedInGeneral = Pattern.Compile(@"^(?:mine|mines) (?:is|are|looks?|has been|have been|seems?) (?:totally |completely |perfectly |all )?(?:normal|fine|ok|okay|clear)|^(?:im |i am )?(?:just )?(?:asking|curious|wondering)\b(?! for (?:myself|me)\b)(?! (?:because|cos|as) )|^out of curiosity|^in general");

    private static readonly Regex NegationStart = Pattern.Compile(@"^(?:no|not(?! able to)|never|without|nor|zero|none|nothing|denies|nil|(?:i )?(?:dont|doesnt|didnt|havent|hasnt|do not|have not) (?:have|get|feel|notice)|(?:i )?(?:havent|hasnt) (?:had|got|noticed))");

    private static readonly Regex ListEnd = Pattern.Compile(@"or|nor");

    private static readonly Regex Subject = Pattern.Compile(
        @"^(?:i|my|im|ive|it|its|she|he|her|his|the|now|just|but|and|been|had|have|got|so|this|that|was|is|since|for|after|started|also|still)");

    // A clause with a verb of its own is a new statement, not the next item of a negated list: in "not had a tetanus
    // jab in years, hand keeps spasming" the spasm is said, not denied.
    private static readonly Regex Statement = Pattern.Compile(
        @"keeps?|is|are|was|were|has|have|started|starts|went|goes|feels?|getting|gets|got|began|comes|came|wont|cant");

    /// <param name="currentYear">The reference's year: "in 2015" is years back from it (<see cref="YearsBack"/>).</param>
    public static IReadOnlyList<Clause> Split(string normalized, int currentYear = int.MaxValue)
    {
        var clauses = new List<Clause>();
        var previousStartsNegated = false;
        var previousNamedSomeoneElse = false;
        var start = 0;
        var afterComma = false;
        foreach (Match separator in Separator().Matches(normalized))
        {
            Add(normalized[start..separator.Index], separator.Value.Contains('?', StringComparison.Ordinal), afterComma);
            start = separator.Index + separator.Length;
            afterComma = separator.ValueSpan.Trim().SequenceEqual(",");
        }

        Add(normalized[start..], false, afterComma);
        return clauses;

        // afterComma: only a comma goes on with a list. After "but" or "though" the clause says the opposite of what
        // went before ("no fever but chest pain"), and after a full stop it is a sentence of its own ("no muscle pain
        // before. chest tight.").
        void Add(string raw, bool endsWithQuestion, bool afterComma)
        {
            var text = CheckedItem().Replace(raw.Trim(), " ");
            if (text.Length == 0)
            {
                return;
            }

            var told = text;
            var someoneElse = OtherPersonHistory.NamesSomeoneElse(text, previousNamedSomeoneElse);
            var current = PastEvents.Remove(text, someoneElse, currentYear);
            var history = current.Length == 0;
            text = history ? text : current;
            var inherits = previousStartsNegated && afterComma && IsShortListItem(text) && !Subject.IsMatch(text) && !Statement.IsMatch(text) && !Negation.HasCue(text);
            var hypothetical = Hypothetical.IsMatch(text) || (endsWithQuestion && QuestionWord.IsMatch(text) && !FirstPerson.IsMatch(text) && !AsksIfOwnIsNormal.IsMatch(text));
            if (AskedInGeneral.IsMatch(text) && clauses.Count > 0 && clauses[^1] is { IsHypothetical: false } asked
                && AsksIfOwnIsNormal.IsMatch(asked.Text) && !FirstPerson.IsMatch(asked.Text))
            {
                clauses[^1] = asked with { IsHypothetical = true };
            }

            clauses.Add(new Clause(text, clauses.Count, hypothetical, history, inherits, told));
            previousStartsNegated = NegationStart.IsMatch(text) || inherits;
            previousNamedSomeoneElse = someoneElse;
        }
    }

    // "numbness", "pain or tingling", "slurred speech or face drooping": up to three words, or up to six that end
    // the list with "or" or "nor" ("no weakness, numbness or slurred speech").
    private static bool IsShortListItem(string text) =>
        Negation.WordCount(text) is var words && (words <= 3 || (words <= 6 && ListEnd.IsMatch(text)));

    // A checklist's answer stays with its item: "fever - no", "speech: fine", "neck - very stiff" are one clause each.
    // A colon or a dash splits unless it joins a short item with no negation (up to three words after the last
    // separator) to a short answer (up to four words before the next), so "no fever - my face droops" still splits.
    // Each alternative starts with its character, not a lookbehind, so the regex is only tried where one occurs (led
    // by lookbehinds, splitting took a fifth of the reader's time instead of a fiftieth).
    private const string NotNegation = @"(?!(?:no|not|never|without|none|nothing|dont|didnt|doesnt|havent|hasnt|isnt|cant|wont)\b)";
    private const string ShortItem = @"(?:^|[.,;:!?/\n(]\s*)(?:" + NotNegation + @"[a-z0-9+]+ ){0,2}" + NotNegation + @"[a-z0-9+]+";
    private const string ShortAnswer = @"\s*(?:[a-z0-9+]+ ?){1,4}\s*(?:[.,;/!?\n]|$)";
    private const string Colon = @":(?<!\d:)(?!\d)";
    private const string Dash = @"\s-\s";

    // A comma before a simile ("in my chest, like a tight band") does not end the clause: the simile says what the
    // clause's part feels like. Nor does one in a list that ends by saying all of it is well ("face, arms and speech
    // are all normal"), which would otherwise leave "face" as a clause naming a place.
    [GeneratedRegex(@"[!;\n()][!?;\n()]*|\s/\s"
        + @"|\?+(?:(?<!" + QuestionItem + @"\?+)|(?!" + QuestionAnswer + @"))[!?;\n()]*"
        + @"|\s+(?<=\?\s*" + OneWordAnswer + @"\s+)(?=" + NextAsked + ")"
        + "|" + Colon + "(?:(?<!" + ShortItem + Colon + ")|(?!" + ShortAnswer + "))"
        + @"|\.(?!\d)|,(?! like (?:a|an|someone|somebody)\b)(?! [a-z]+(?:, [a-z]+){0,8} and [a-z]+ (?:are|is|were|was|look|looks|feel|feels|seem|seems) (?:all |both |totally |completely |perfectly )?(?:normal|fine|ok|okay|good|alright)\b)"
        + "|" + Dash + "(?:(?<!" + ShortItem + Dash + ")|(?!" + ShortAnswer + "))"
        + @"|\b(?:but|though|although|however|except|because|and now|but now|and then|(?<!since )then)\b")]
    private static partial Regex Separator();

    // What joins a checklist item to its answer ("fever - no", "speech: fine", "fever? no"), read as a space.
    [GeneratedRegex(Dash + "|" + Colon + @"\s*|\?+\s*")]
    private static partial Regex CheckedItem();
}
