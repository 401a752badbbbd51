using BotService.Triage.Extraction;
using BotService.Triage.Tests.Support;

namespace BotService.Triage.Tests;

/// <summary>Any text a person can type is read without error.</summary>
public sealed class RobustnessTests
{
    public static TheoryData<string> OddInputs() =>
    [
        string.Empty, "   ", "???", "😭😭 my eye", "Mi ojo tiembla desde hace tres días", "no no no not never",
        new string('a', 20_000), string.Concat(Enumerable.Repeat("no chest pain, twitching in my calf and ", 500)),
        "(((", "-- - -", "\n\n\n", "10/10 pain!!!",
    ];

    [Theory]
    [MemberData(nameof(OddInputs))]
    public void ReadsOddInputWithoutError(string text)
    {
        var (decision, _) = TriageHarness.Run(text);

        Assert.True(Enum.IsDefined(decision.Level));
    }

    [Fact]
    public void FindsARedFlagAtTheEndOfALongRamblingMessage()
    {
        var text = string.Concat(Enumerable.Repeat("so anyway my calf was twitching again at work today, ", 60)) + "and now crushing chest pain";

        var (decision, _) = TriageHarness.Run(text);

        Assert.Equal(TriageLevel.Emergency, decision.Level);
    }

    [Fact]
    public void ReadsOnlyTheFirstPartOfAnOverlongMessage()
    {
        var text = new string('x', FindingExtractor.MaxLength) + " crushing chest pain";

        var turn = new FindingExtractor().Read(text, TriageHarness.Reference);

        Assert.Empty(turn.Present);
    }
}
