using BotService.Triage.Findings;

namespace BotService.Triage.Extraction;

/// <summary>Findings that depend on other findings: new or suspected medicines, dirty wounds, face spread.</summary>
internal static class ClauseRules
{
    private static readonly HashSet<string> Medicines =
        ["antipsychotic", "antiemetic", "serotonergic", "diuretic", "statin", "stimulant", "bronchodilator", "steroid", "other-medicine"];

    private static readonly HashSet<string> OwnTime =
    [
        "wound", "wound-dirty", "tetanus-covered", "surgery", "thyroid-surgery", "pregnancy", "head-injury",
        "neck-back-injury", "immobility", "long-lie", "toxin-exposure", DerivedFindings.MedicineNew,
        DerivedFindings.MedicineSuspected, .. Medicines,
    ];

    private static readonly HashSet<string> Complaints = ["twitching", "cramp", "spasm", "tremor", "sleep-jerk"];

    private static readonly PrefilteredRegex SinceLast = new(Pattern.Compile(
        @"first ~{0,6}in (?:over |about |nearly |almost )?(?:a|an|\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|several|many|a few|a couple of) (?:days?|weeks?|months?|years?)"
        + @"|after (?:\d+|a|two|three|four|five|six|several|a few|a couple of) (?:weeks?|months?|years?) (?:off|away|out)"));

    private static readonly PrefilteredRegex SaysItIsWell = new(Pattern.Compile(
        @"(?<!(?:nt|not|never) )(?:looks?|looking|feels?|is|are|seems?|moves?|moving|opens?) (?:completely |totally |perfectly |all |both )?(?:normal|normally|fine|ok|okay|alright|strong)|(?<!(?:nt|not|never) )opens? (?:fully|wide)|^~{1,3}(?:normal|fine|ok|okay|alright|strong|clear|good|symmetrical|symmetric|even|pink|equal|nad|normal colou?r)$|^~{1,3}(?:strong|equal|normal) (?:on )?(?:both sides|bilaterally)$|nothing else ~{0,4}(?:moves|moving|twitch\w*|jump\w*)"));

    /// <summary>Findings whose own timing ("cut last month", "28 weeks pregnant") is not the twitch's duration.</summary>
    public static bool AnchorsOwnTime(string name) => OwnTime.Contains(name);

    public static bool IsComplaint(string name) => Complaints.Contains(name);

    public static void Derive(Clause clause, List<string> found, ReadState state)
    {
        if (found.Contains("wound-dirty") && !found.Contains("wound"))
        {
            found.Remove("wound-dirty");
            if (!state.Clauses.Exists(c => c.Found.Contains("wound-dirty")))
            {
                state.RemovePresent("wound-dirty");
            }
        }

        var hasMedicine = found.Exists(Medicines.Contains);
        var deniedMedicine = !hasMedicine && Medicines.Any(state.Denied.Contains);
        // The cues are only read when a medicine is named or ruled out (most clauses name none).
        var isNew = (hasMedicine || (deniedMedicine && !clause.IsHypothetical))
            && LexiconMedicines.NewCue.IsMatch(clause.Text) && !LexiconMedicines.LongTermCue.IsMatch(clause.Text);
        if (isNew && hasMedicine)
        {
            Add(found, state, DerivedFindings.MedicineNew);
        }
        else if (isNew)
        {
            state.Denied.Add(DerivedFindings.MedicineNew);
        }

        if (hasMedicine && LexiconMedicines.SuspectCue.IsMatch(clause.Text))
        {
            Add(found, state, DerivedFindings.MedicineSuspected);
        }
    }

    /// <summary>
    /// A clause that says a place is well ("my face looks normal", "both arms fine", said to rule out a stroke) names
    /// it without saying anything happens there: its places are not where the twitch is.
    /// </summary>
    public static bool SaysPlaceIsWell(Clause clause) => SaysItIsWell.IsMatch(clause.Text);

    /// <summary>
    /// "first leg day back at the gym in six months", "after 6 months off": the time since something was last done,
    /// not how long the twitch has lasted.
    /// </summary>
    public static bool TimeSinceLast(Clause clause) => SinceLast.IsMatch(clause.Text);

    /// <summary>An eyelid twitch with the cheek or mouth named as twitching too.</summary>
    public static void DeriveForMessage(ReadState state)
    {
        var places = state.Clauses.SelectMany(c => c.Places).Select(p => p.Location).ToHashSet();
        if (places.Contains("eyelid") && (places.Contains("face") || places.Contains("lip")) && state.HasPresent("twitching"))
        {
            state.AddPresent(DerivedFindings.FaceSpread, FindingKind.Symptom);
        }

        SplitSigns.Derive(state);
    }

    private static void Add(List<string> found, ReadState state, string name)
    {
        found.Add(name);
        state.AddPresent(name, FindingKind.Medicine);
    }
}
