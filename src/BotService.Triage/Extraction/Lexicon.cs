using System.Text.RegularExpressions;
using BotService.Triage.Findings;

namespace BotService.Triage.Extraction;

/// <summary>Every finding the extractor can produce; the rules file may only use these names.</summary>
public sealed class Lexicon
{
    private readonly Dictionary<string, FindingDefinition> _byName;
    private readonly Regex _seriousIllness;

    internal Lexicon()
    {
        Entries =
        [
            .. LexiconComplaints.Entries(), .. LexiconRedFlags.Entries(), .. LexiconSymptoms.Entries(),
            .. LexiconTriggers.Entries(), .. LexiconMedicines.Entries(), .. LexiconContext.Entries(),
        ];
        _byName = Entries.Select(e => e.Definition)
            .Concat(DerivedDefinitions)
            .ToDictionary(d => d.Name, StringComparer.Ordinal);
        Index = new(
            [.. Entries.Select(e => Only(e.Match)), .. Entries.Select(e => Only(e.Deny)), .. LexiconLocations.Places.Select(p => Only(p.Match))],
            [.. Entries.Select(e => e.Requires)]);
        _seriousIllness = Entries.Single(e => e.Name == "worry-serious-illness").Match;
    }

    /// <summary>The shared instance (the lexicon is immutable and costly to compile).</summary>
    public static Lexicon Default { get; } = new();

    /// <summary>All finding definitions by name.</summary>
    public IReadOnlyDictionary<string, FindingDefinition> Definitions => _byName;

    internal IReadOnlyList<LexiconEntry> Entries { get; }

    /// <summary>
    /// Which patterns could match a clause: entry i's match pattern is item i, its deny pattern item
    /// Entries.Count + i, and body part j (<see cref="LexiconLocations.Places"/>) item 2 * Entries.Count + j.
    /// </summary>
    internal PrefixIndex Index { get; }

    /// <summary>Findings the extractor derives from others in the same clause rather than from one pattern.</summary>
    internal static IReadOnlyList<FindingDefinition> DerivedDefinitions =>
    [
        new(DerivedFindings.MedicineNew, FindingKind.Medicine, "a new or changed medicine"),
        new(DerivedFindings.MedicineSuspected, FindingKind.Medicine, "a medicine you think is the cause"),
        new(DerivedFindings.FaceSpread, FindingKind.Symptom, "other face muscles twitching too"),
    ];

    private static IReadOnlyList<Regex> Only(Regex? regex) => regex is null ? [] : [regex];

    public bool IsKnown(string name) => _byName.ContainsKey(name);

    /// <summary>
    /// Whether any sign (a symptom, not a complaint, trigger or background) of the lexicon is named in the text, said or
    /// denied: before text is set aside as over (<see cref="PastEvents"/>), nothing in it may be a sign the reader knows.
    /// </summary>
    internal bool NamesSign(string text)
    {
        Span<bool> candidates = stackalloc bool[Index.Count];
        Index.Mark(text, candidates);
        for (var i = 0; i < Entries.Count; i++)
        {
            if (candidates[i] && Entries[i].Definition.Kind == FindingKind.Symptom && Entries[i].Match.IsMatch(text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The serious illnesses the text names, as the lexicon's worry reads them ("mnd" in "my dad was diagnosed with mnd"):
    /// kept when the rest of someone's history is set aside, since a relative's illness is often what the person fears.
    /// </summary>
    internal IEnumerable<string> SeriousIllnessesIn(string text) => _seriousIllness.Matches(text).Select(m => m.Value);

    public string LabelFor(string name) => _byName.TryGetValue(name, out var d) ? d.Label : name;

    public FindingKind KindOf(string name) => _byName.TryGetValue(name, out var d) ? d.Kind : FindingKind.Symptom;
}
