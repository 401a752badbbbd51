using System.Reflection;
using BotService.Triage.Findings;
using BotService.Triage.Tests.Support;

namespace BotService.Triage.Tests;

/// <summary>
/// <see cref="Findings.Findings.SameAs"/> lets a turn reuse one decision while the findings stay the same, so it must notice a
/// change to any property, including one added to <see cref="Findings.Findings"/> later.
/// </summary>
public sealed class FindingsSameAsTests
{
    [Fact]
    public void ACopyIsTheSameAsItsOriginal()
    {
        var (_, findings) = TriageHarness.Run("my left calf has twitched for 3 days, no weakness", "lots of coffee lately");

        Assert.True(findings.SameAs(findings.Copy()));
    }

    [Theory]
    [MemberData(nameof(EveryProperty))]
    public void AChangeToAnyOnePropertyMakesItDifferent(string property)
    {
        var (_, findings) = TriageHarness.Run("my left calf has twitched for 3 days, no weakness", "lots of coffee lately");
        var changed = findings.Copy();
        var info = typeof(Findings.Findings).GetProperty(property)!;

        Change(info, changed);

        Assert.False(findings.SameAs(changed), $"{property} changed, yet SameAs said the findings were the same");
        Assert.False(changed.SameAs(findings), $"{property} changed, yet SameAs said the findings were the same");
    }

    public static TheoryData<string> EveryProperty()
    {
        var data = new TheoryData<string>();
        foreach (var property in typeof(Findings.Findings).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            data.Add(property.Name);
        }

        return data;
    }

    private static void Change(PropertyInfo property, Findings.Findings findings)
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
