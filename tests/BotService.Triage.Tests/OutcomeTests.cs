using System.Text.Json;
using BotService.Triage.Tests.Support;

namespace BotService.Triage.Tests;

/// <summary>The triageOutcome entity payload has the contract shape of design.md §4.</summary>
public sealed class OutcomeTests
{
    [Fact]
    public void SerialisesToTheContractShape()
    {
        var (decision, findings) = TriageHarness.Run("my left eyelid has been twitching for about 4 days. exam week, like 5 coffees a day");

        var json = JsonSerializer.Serialize(TriageEngine.ToOutcome(decision, findings));

        Assert.Equal(
            """{"disposition":"selfcare","ruleIds":["C1-trigger-twitch","C2-eyelid-myokymia"],"findings":{"location":"eyelid","durationSeconds":345600,"symptoms":["twitching"],"triggers":["stress","caffeine"]}}""",
            json);
    }

    [Fact]
    public void CarriesTheEmergencyDispositionAndNullsForWhatIsUnknown()
    {
        var (decision, findings) = TriageHarness.Run("crushing pain in my chest");

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(TriageEngine.ToOutcome(decision, findings)));

        Assert.Equal("emergency", json.RootElement.GetProperty("disposition").GetString());
        Assert.Equal("E3-chest-pain", json.RootElement.GetProperty("ruleIds")[0].GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("findings").GetProperty("location").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("findings").GetProperty("durationSeconds").ValueKind);
        Assert.Equal("triageOutcome", TriageOutcome.EntityType);
    }
}
