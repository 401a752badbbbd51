using System.Text.Json;
using BotService.Triage.Findings;
using BotService.Triage.Tests.Support;

namespace BotService.Triage.Tests;

/// <summary>
/// Findings live in conversation state as JSON: every property comes back as it was, empty collections and nulls are
/// left out, and documents written before that (empty arrays, nulls, other casing, members we no longer know) still read.
/// </summary>
public sealed class FindingsJsonTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public void FindingsWithNothingInThemAreAnEmptyObject()
    {
        Assert.Equal("{}", JsonSerializer.Serialize(new Findings.Findings(), Web));
    }

    [Fact]
    public void ARealTriageComesBackTheSame()
    {
        var (_, findings) = TriageHarness.Run("my left calf has twitched for 3 days, no weakness", "lots of coffee lately");

        var read = RoundTrip(findings);

        Assert.True(findings.SameAs(read));
    }

    [Theory]
    [MemberData(nameof(EveryProperty))]
    public void EveryPropertyComesBackAfterStoring(string property)
    {
        var (_, findings) = TriageHarness.Run("my left calf has twitched for 3 days, no weakness", "lots of coffee lately");
        FindingsChanges.Change(typeof(Findings.Findings).GetProperty(property)!, findings);

        var read = RoundTrip(findings);

        Assert.True(findings.SameAs(read), $"{property} was not stored or not read back");
    }

    [Fact]
    public void ACollectionSetToNullIsWrittenAsAbsent()
    {
        var findings = new Findings.Findings { Location = "eyelid", Symptoms = null!, Sites = null!, Answered = null! };

        Assert.Equal("""{"location":"eyelid"}""", JsonSerializer.Serialize(findings, Web));
    }

    [Fact]
    public void OnlyWhatIsKnownIsWritten()
    {
        var findings = new Findings.Findings { Location = "calf", DurationSeconds = 259200 };
        findings.Add("cramp", FindingKind.Complaint);
        findings.MarkAnswered(TriageSlot.Duration);

        Assert.Equal("""{"location":"calf","durationSeconds":259200,"complaints":["cramp"],"answered":[1]}""", JsonSerializer.Serialize(findings, Web));
    }

    [Fact]
    public void AnOlderOrNewerDocumentWithEmptyArraysNullsOtherCasingAndUnknownMembersStillReads()
    {
        const string json = """
            {"Location":"calf","side":null,"durationSeconds":259200,"age":null,"complaints":["cramp"],"symptoms":[],
             "triggers":null,"sites":{},"answered":[1,99],"retired":{"deep":[1,2,{"x":null}]}}
            """;

        var findings = JsonSerializer.Deserialize<Findings.Findings>(json, Web)!;

        Assert.Equal("calf", findings.Location);
        Assert.Null(findings.Side);
        Assert.Equal(259200, findings.DurationSeconds);
        Assert.Equal(["cramp"], findings.Complaints);
        Assert.Empty(findings.Triggers);
        Assert.Equal([TriageSlot.Duration], findings.Answered);
    }

    [Theory]
    [InlineData("""{"complaints":3}""")]
    [InlineData("""{"complaints":[null]}""")]
    [InlineData("""{"sites":{"weakness":null}}""")]
    [InlineData("""[]""")]
    [InlineData("""{"location":5}""")]
    [InlineData("""{"age":"ten"}""")]
    public void AMalformedDocumentIsAJsonErrorNotAnotherException(string json)
    {
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Findings.Findings>(json, Web));
    }

    public static TheoryData<string> EveryProperty() => FindingsChanges.EveryProperty();

    private static Findings.Findings RoundTrip(Findings.Findings findings) =>
        JsonSerializer.Deserialize<Findings.Findings>(JsonSerializer.Serialize(findings, Web), Web)!;
}
