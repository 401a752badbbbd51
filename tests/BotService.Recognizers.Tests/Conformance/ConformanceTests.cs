namespace BotService.Recognizers.Tests.Conformance;

/// <summary>The upstream Recognizers-Text cases in ../shared/specs/recognizers-text/symptom-subset.json (MIT).</summary>
public sealed class ConformanceTests
{
    private static readonly Lazy<IReadOnlyList<SpecCase>> All = new(SpecCase.LoadAll);

    public static TheoryData<string> SupportedCases()
    {
        var data = new TheoryData<string>();
        foreach (var c in All.Value.Where(c => c.DotnetSupported))
        {
            data.Add(c.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SupportedCases))]
    public void UpstreamCasePassesUnlessListedAsAKnownFailure(string id)
    {
        var c = All.Value.Single(x => x.Id == id);
        var failure = SpecRunner.Check(c);
        if (KnownFailures.Cases.TryGetValue(id, out var reason))
        {
            Assert.True(failure is not null, $"{id} ('{c.Input}') now passes: remove it from KnownFailures ({reason}).");
        }
        else
        {
            Assert.True(failure is null, $"{id} ('{c.Input}'): {failure}");
        }
    }

    [Fact]
    public void PassesAtLeastNinetyFivePercentOfTheDotnetSupportedCases()
    {
        var supported = All.Value.Where(c => c.DotnetSupported).ToList();
        var passed = supported.Count(c => SpecRunner.Check(c) is null);

        Assert.Equal(296, All.Value.Count);
        Assert.True(passed >= Math.Ceiling(0.95 * supported.Count), $"{passed}/{supported.Count} passed");
    }

    [Fact]
    public void EveryKnownFailureNamesASupportedCase()
    {
        var ids = All.Value.Where(c => c.DotnetSupported).Select(c => c.Id).ToHashSet();

        Assert.All(KnownFailures.Cases.Keys, id => Assert.Contains(id, ids));
    }
}
