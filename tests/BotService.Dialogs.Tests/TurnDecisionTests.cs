using BotService.Dialogs.Tests.Support;
using BotService.Dialogs.Understanding;
using BotService.Protocol;
using BotService.Protocol.Schema;
using BotService.Triage;
using BotService.Triage.Findings;

namespace BotService.Dialogs.Tests;

/// <summary>
/// Within one turn the steps share one triage decision while the findings stay exactly the same
/// (<see cref="TurnData.Decide"/>); any change to them, and a new turn, gets a fresh evaluation.
/// </summary>
public sealed class TurnDecisionTests
{
    private readonly BotHarness _bot = new();

    private TriageEngine Engine => _bot.Services.Triage;

    [Fact]
    public void TheSameFindingsInOneTurnShareOneDecision()
    {
        var turn = NewTurn();
        var findings = Said("my calf has been twitching for a few days");

        var first = TurnData.Decide(turn, Engine, findings);
        var again = TurnData.Decide(turn, Engine, findings.Copy());

        Assert.Same(first, again);
    }

    [Fact]
    public void ARedFlagSaidLaterInTheTurnIsDecidedAfresh()
    {
        var turn = NewTurn();
        var findings = Said("my calf has been twitching for a few days");
        Assert.False(TurnData.Decide(turn, Engine, findings).IsRedFlag);

        findings.Apply(Engine.Read("and now I have chest pain and can't breathe", BotHarness.Reference));
        var after = TurnData.Decide(turn, Engine, findings);

        Assert.True(after.IsRedFlag);
        Assert.Equal(Engine.Evaluate(findings).Level, after.Level);
    }

    [Fact]
    public void AnsweringOrDenyingInTheTurnGivesAFreshDecision()
    {
        var turn = NewTurn();
        var findings = Said("my calf has been twitching for a few days");
        var before = TurnData.Decide(turn, Engine, findings);

        findings.MarkAnswered(TriageSlot.Symptoms);
        var answered = TurnData.Decide(turn, Engine, findings);
        findings.Deny("weakness");
        var denied = TurnData.Decide(turn, Engine, findings);

        Assert.NotSame(before, answered);
        Assert.NotSame(answered, denied);
        Assert.Equal(Engine.Evaluate(findings).StillUnknown.Select(q => q.Slot), denied.StillUnknown.Select(q => q.Slot));
    }

    [Fact]
    public void ANewTurnDecidesAfresh()
    {
        var findings = Said("my calf has been twitching for a few days");

        Assert.NotSame(TurnData.Decide(NewTurn(), Engine, findings), TurnData.Decide(NewTurn(), Engine, findings));
    }

    private Findings Said(string text)
    {
        var findings = new Findings();
        findings.Apply(Engine.Read(text, BotHarness.Reference));
        return findings;
    }

    private TurnContext NewTurn() => new(_bot.Adapter, new Activity { Type = ActivityTypes.Message, Text = "hello" });
}
