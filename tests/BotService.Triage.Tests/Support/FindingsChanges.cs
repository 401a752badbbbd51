using System.Reflection;
using BotService.Triage.Findings;

namespace BotService.Triage.Tests.Support;

/// <summary>Changes one property of <see cref="Findings.Findings"/> at a time, for tests that must see every property.</summary>
internal static class FindingsChanges
{
    public static TheoryData<string> EveryProperty()
    {
        var data = new TheoryData<string>();
        foreach (var property in typeof(Findings.Findings).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            data.Add(property.Name);
        }

        return data;
    }

    public static void Change(PropertyInfo property, Findings.Findings findings)
    {
        var value = property.GetValue(findings);
        switch (value)
        {
            case List<string> names:
                names.Add("something-new");
                break;
            case List<TriageSlot> slots:
                slots.Add(slots.Contains(TriageSlot.Context) ? TriageSlot.Triggers : TriageSlot.Context);
                break;
            case Dictionary<string, string> sites:
                sites["something-new"] = "hand";
                break;
            default:
                property.SetValue(findings, property.PropertyType switch
                {
                    var t when t == typeof(string) => value + "-changed",
                    var t when t == typeof(double?) => ((double?)value ?? 0) + 1,
                    var t when t == typeof(int?) => ((int?)value ?? 0) + 1,
                    var t => throw new InvalidOperationException($"Teach this test how to change a {t.Name} property."),
                });
                break;
        }
    }
}
