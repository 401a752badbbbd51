using BotService.Triage.Findings;

namespace BotService.Triage.Rules;

/// <summary>A read-only snapshot of <see cref="Findings.Findings"/> as bit sets, built once per evaluation.</summary>
internal sealed class FindingsView
{
    private readonly ulong[] _present;
    private readonly ulong[] _denied;
    private readonly bool[] _answered = new bool[Enum.GetValues<TriageSlot>().Length];

    /// <param name="findings">What is known.</param>
    /// <param name="added">One more finding taken as said (and no longer denied), to ask "what if they had this too".</param>
    public FindingsView(Findings.Findings findings, string? added = null)
    {
        var addedId = added is null ? -1 : FindingIds.Of(added);
        var words = (FindingIds.Count + 63) / 64 + 1;
        _present = new ulong[words];
        _denied = new ulong[words];
        SetAll(_present, findings.Complaints);
        SetAll(_present, findings.Symptoms);
        SetAll(_present, findings.Triggers);
        SetAll(_present, findings.Medicines);
        SetAll(_present, findings.Context);
        SetAll(_denied, findings.Denied);
        if (addedId >= 0)
        {
            Set(_present, addedId);
            _denied[addedId >> 6] &= ~(1UL << (addedId & 63));
        }

        foreach (var slot in findings.Answered)
        {
            _answered[(int)slot] = true;
        }

        Location = findings.Location;
        DurationSeconds = findings.DurationSeconds;
        DurationMaxSeconds = findings.DurationMaxSeconds;
        DurationMod = findings.DurationMod;
    }

    public string? Location { get; }

    public double? DurationSeconds { get; }

    public double? DurationMaxSeconds { get; }

    public string? DurationMod { get; }

    public bool Has(int id) => IsSet(_present, id);

    public bool IsDenied(int id) => IsSet(_denied, id);

    public bool IsAnswered(TriageSlot slot) => _answered[(int)slot];

    private static void SetAll(ulong[] bits, List<string> names)
    {
        foreach (var name in names)
        {
            Set(bits, FindingIds.Of(name));
        }
    }

    // Ids handed out after this view was built belong to names it cannot contain.
    private static bool IsSet(ulong[] bits, int id) => (id >> 6) < bits.Length && (bits[id >> 6] & (1UL << (id & 63))) != 0;

    private static void Set(ulong[] bits, int id)
    {
        if ((id >> 6) < bits.Length)
        {
            bits[id >> 6] |= 1UL << (id & 63);
        }
    }
}
