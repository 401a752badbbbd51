using BotService.Triage.Findings;

namespace BotService.Triage.Rules;

/// <summary>A read-only snapshot of <see cref="Findings.Findings"/> as bit sets, built once per evaluation.</summary>
internal sealed class FindingsView
{
    private readonly ulong[] _present;
    private readonly ulong[] _denied;
    private readonly bool[] _answered = new bool[Enum.GetValues<TriageSlot>().Length];

    public FindingsView(Findings.Findings findings)
    {
        var words = (FindingIds.Count + 63) / 64 + 1;
        _present = new ulong[words];
        _denied = new ulong[words];
        SetAll(_present, findings.Complaints);
        SetAll(_present, findings.Symptoms);
        SetAll(_present, findings.Triggers);
        SetAll(_present, findings.Medicines);
        SetAll(_present, findings.Context);
        SetAll(_denied, findings.Denied);
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

    /// <summary>
    /// Takes <paramref name="name"/> as said (and not denied) until the returned scope is disposed: "what if they had
    /// this too", asked for each button of a question without building a view per button.
    /// </summary>
    public Supposition Supposing(string name)
    {
        var id = FindingIds.Of(name);
        var word = id >> 6;
        if (word >= _present.Length)
        {
            // A name first seen now; no rule can test it, so supposing it changes nothing.
            return default;
        }

        var scope = new Supposition(this, word, _present[word], _denied[word]);
        _present[word] |= 1UL << (id & 63);
        _denied[word] &= ~(1UL << (id & 63));
        return scope;
    }

    /// <summary>Restores the bits <see cref="Supposing"/> changed.</summary>
    public readonly struct Supposition(FindingsView? view, int word, ulong present, ulong denied) : IDisposable
    {
        public void Dispose()
        {
            if (view is not null)
            {
                view._present[word] = present;
                view._denied[word] = denied;
            }
        }
    }

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
