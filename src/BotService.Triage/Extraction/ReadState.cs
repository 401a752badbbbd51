using BotService.Triage.Findings;

namespace BotService.Triage.Extraction;

/// <summary>What has been read so far from one message, clause by clause.</summary>
internal sealed class ReadState
{
    public List<(string Name, FindingKind Kind)> Present { get; } = [];

    public HashSet<string> Denied { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Sites { get; } = new(StringComparer.Ordinal);

    public List<(Clause Clause, List<string> Found, List<PlaceMention> Places)> Clauses { get; } = [];

    /// <summary>
    /// Places named in the clause before the current one, or in the one before that when the clause between named
    /// none ("my left calf has been crampy since, probably the seat. It's a bit swollen").
    /// </summary>
    public List<PlaceMention> PreviousPlaces { get; set; } = [];

    /// <summary>Whether <see cref="PreviousPlaces"/> was already kept over a clause that named no place.</summary>
    public bool PreviousPlacesCarried { get; set; }

    /// <summary>Whether the clause read last denied a finding: only then may the next continue its negated list.</summary>
    public bool PreviousClauseDenied { get; set; }

    /// <summary>The place the conversation was about before this message, if known (see <see cref="FindingExtractor.Read"/>).</summary>
    public List<PlaceMention> KnownPlaces { get; init; } = [];

    public bool HasPresent(string name) => Present.Exists(p => p.Name == name);

    public void AddPresent(string name, FindingKind kind)
    {
        if (!HasPresent(name))
        {
            Present.Add((name, kind));
        }
    }

    public void RemovePresent(string name) => Present.RemoveAll(p => p.Name == name);
}
