using BotService.Triage.Extraction;
using BotService.Triage.Tests.Support;

namespace BotService.Triage.Tests;

/// <summary>
/// A clause's negation words are found once and each mention is judged by the ones just before it: in a long clause
/// every mention must still get the polarity its own neighbourhood gives it, wherever it is.
/// </summary>
public sealed class LongClauseNegationTests
{
    private static readonly FindingExtractor Extractor = new();

    private static string Repeated(string part, int times) => string.Concat(Enumerable.Repeat(part, times));

    [Fact]
    public void ASignAfterHundredsOfDenialsAndABreakingWordIsPresent()
    {
        var turn = Extractor.Read(Repeated("not weak not numb ", 300) + "but my face is drooping", TriageHarness.Reference);

        Assert.Contains(turn.Present, p => p.Name == "face-droop");
        Assert.DoesNotContain(turn.Present, p => p.Name is "weakness" or "numbness");
        Assert.Contains("weakness", turn.Denied);
    }

    [Fact]
    public void ANegationMoreThanEightWordsBackNoLongerReachesTheSign()
    {
        var filler = Repeated("the day went on at work ", 40);
        var turn = Extractor.Read($"no {filler}arm feels weak", TriageHarness.Reference);

        Assert.Contains(turn.Present, p => p.Name == "weakness");
    }

    [Fact]
    public void AnUncertainPhraseFarBackStillHedgesASignWithNoBreakingWordBetween()
    {
        var filler = Repeated("the day went on at work ", 40);
        var hedged = Extractor.Read($"not sure {filler}weak arm", TriageHarness.Reference);
        var broken = Extractor.Read($"not sure {filler}and my arm is weak", TriageHarness.Reference);

        Assert.DoesNotContain(hedged.Present, p => p.Name == "weakness");
        Assert.DoesNotContain("weakness", hedged.Denied);
        Assert.Contains(broken.Present, p => p.Name == "weakness");
    }
}
