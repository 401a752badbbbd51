using BotService.Triage.Findings;
using static BotService.Triage.Extraction.LexiconBuilder;

namespace BotService.Triage.Extraction;

/// <summary>Medicine classes the guidance names (U4, U5, E6, E7, S7). Whether one is new is decided per clause.</summary>
internal static class LexiconMedicines
{
    private const FindingKind M = FindingKind.Medicine;

    /// <summary>Words that say a medicine was started, raised or changed.</summary>
    public static readonly System.Text.RegularExpressions.Regex NewCue = Pattern.Compile(
        @"start\w*|began|begun|new|newly|upp?ed|increas\w*|raised|doubled|higher dose|dose (?:went|was|has been) up|(?:put|bumped|pushed|moved|gone|went) (?:my |his |her |the )?(?:\w+ )?(?:dose|dosage) up|(?:dose|dosage) up|switch\w*|changed|put (?:me|him|her|us) on|prescribed|given|got|gave|had|took|taking|first dose|injection|jab|yesterday|today|last night|this week|days? ago|since|just");

    /// <summary>Words that say a medicine is long-standing, so it is not "new".</summary>
    public static readonly System.Text.RegularExpressions.Regex LongTermCue = Pattern.Compile(
        @"for (?:years|ages|a long time|a few years|decades)|years|long ?term|always|(?:my |his |her )?(?:usual|regular) (?:tablets?|pills?|meds?|medication)|usual (?=[a-z]+ (?:this|today|tonight))");

    /// <summary>Words that say the person suspects the medicine.</summary>
    public static readonly System.Text.RegularExpressions.Regex SuspectCue = Pattern.Compile(
        @"side ?effects?|caused by|because of|due to|making|makes|made|causing|causes|think|wonder\w*|suspect|could it|might|maybe|since (?:i )?(?:start\w*|began|going on)|after (?:i )?(?:start\w*|began)");

    public static IEnumerable<LexiconEntry> Entries()
    {
        yield return Entry("antipsychotic", M, "an antipsychotic medicine",
            @"(?:medicine|medication|tablets?|pills?|injection|jab|depot) for (?:the |my |his |her )?(?:voices|schizophreni\w*|psychosis)|anti ?psychotics?|haloperidol|haldol|risperidone|risperdal|olanzapine|zyprexa|quetiapine|seroquel|aripiprazole|abilify|chlorpromazine|largactil|clozapine|paliperidone|lurasidone|ziprasidone|droperidol",
            evenIfHypothetical: true);
        yield return Entry("antiemetic", M, "an anti-sickness medicine",
            @"metoclopramide|maxolon|reglan|prochlorperazine|stemetil|buccastem|compazine|promethazine|phenergan|domperidone|anti ?sickness|anti ?nausea|anti ?emetics?|sickness (?:tablet|pill|injection|medicine|jab)s?",
            evenIfHypothetical: true);
        yield return Entry("serotonergic", M, "an antidepressant or other serotonergic medicine",
            @"ssris?|snris?|sertraline|zoloft|fluoxetine|prozac|citalopram|escitalopram|lexapro|cipralex|paroxetine|seroxat|paxil|venlafaxine|effexor|duloxetine|cymbalta|mirtazapine|trazodone|amitriptyline|clomipramine|anti ?depressants?|tramadol|triptans?|sumatriptan|rizatriptan|zolmitriptan|maois?|phenelzine|linezolid|st johns? wort|mdma|ecstasy|molly|fentanyl|dextromethorphan",
            evenIfHypothetical: true);
        yield return Entry("diuretic", M, "a diuretic (water tablet)",
            @"diuretics?|water (?:pill|tablet)s?|furosemide|frusemide|lasix|bendroflumethiazide|hydrochlorothiazide|hctz|indapamide|bumetanide|spironolactone",
            evenIfHypothetical: true);
        yield return Entry("statin", M, "a statin",
            @"statins?|atorvastatin|lipitor|simvastatin|zocor|rosuvastatin|crestor|pravastatin", evenIfHypothetical: true);
        yield return Entry("stimulant", M, "a stimulant",
            @"stimulants?|adderall|ritalin|methylphenidate|concerta|vyvanse|lisdexamfetamine|amphetamines?|dexamfetamine|modafinil|cocaine", evenIfHypothetical: true);
        yield return Entry("bronchodilator", M, "an asthma inhaler (such as salbutamol)",
            @"salbutamol|albuterol|ventolin|inhalers?|terbutaline|salmeterol|formoterol|theophylline", evenIfHypothetical: true);
        yield return Entry("steroid", M, "a steroid",
            @"prednisolone|prednisone|steroids?|dexamethasone|hydrocortisone", evenIfHypothetical: true);
        yield return Entry("other-medicine", M, "a medicine",
            @"meds|medication\w*|medicines?|pills?|tablets?|prescription|iron (?:infusion|sucrose)|raloxifene|naproxen|teriparatide|oestrogen|estrogen|hrt|lithium|gabapentin|pregabalin|levothyroxine|bupropion|ciprofloxacin|beta ?blockers?|nifedipine|amlodipine",
            evenIfHypothetical: true);
    }
}
