using BotService.Triage.Findings;

namespace BotService.Triage.Rules;

/// <summary>A read-only snapshot of <see cref="Findings.Findings"/> with set lookups, built once per evaluation.</summary>
internal sealed class FindingsView
{
    private readonly HashSet<string> _present;
    private readonly HashSet<string> _denied;
    private readonly bool[] _answered = new bool[Enum.GetValues<TriageSlot>().Length];

    public FindingsView(Findings.Findings findings)
    {
        _present = new HashSet<string>(StringComparer.Ordinal);
        _present.UnionWith(findings.Complaints);
        _present.UnionWith(findings.Symptoms);
        _present.UnionWith(findings.Triggers);
        _present.UnionWith(findings.Medicines);
        _present.UnionWith(findings.Context);
        _denied = new HashSet<string>(findings.Denied, StringComparer.Ordinal);
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

    public bool Has(string name) => _present.Contains(name);

    public bool IsDenied(string name) => _denied.Contains(name);

    public bool IsAnswered(TriageSlot slot) => _answered[(int)slot];
}
