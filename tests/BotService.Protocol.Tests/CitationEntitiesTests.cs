using System.Text.Json;
using BotService.Protocol.Schema;

namespace BotService.Protocol.Tests;

public sealed class CitationEntitiesTests
{
    private static readonly Citation[] Sources =
    [
        new(2, "Muscle Spasms (002)", "Dehydration and low minerals can set off leg spasms."),
        new(1, "NHS: Leg cramps", "Stretch and massage the muscle during a cramp.", new Uri("https://www.nhs.uk/conditions/leg-cramps/"), ["cramps", "self-care"]),
    ];

    [Fact]
    public void BuildsTheSchemaOrgMessageShapeTeamsAndWebChatRender()
    {
        var activity = new Activity { Type = ActivityTypes.Message, Text = "Stretch the calf [1][2].", Entities = [CitationEntities.Create(Sources)] };

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(activity, BotJson.Options));
        var entity = json.RootElement.GetProperty("entities")[0];

        Assert.Equal("https://schema.org/Message", entity.GetProperty("type").GetString());
        Assert.Equal("Message", entity.GetProperty("@type").GetString());
        Assert.Equal("https://schema.org", entity.GetProperty("@context").GetString());
        Assert.Equal(string.Empty, entity.GetProperty("@id").GetString());
        Assert.False(entity.TryGetProperty("additionalType", out _), "curated content is not labelled AI-generated");

        var claims = entity.GetProperty("citation").EnumerateArray().ToList();
        Assert.Equal([1, 2], claims.Select(c => c.GetProperty("position").GetInt32()));
        Assert.All(claims, c => Assert.Equal("Claim", c.GetProperty("@type").GetString()));

        var first = claims[0].GetProperty("appearance");
        Assert.Equal("DigitalDocument", first.GetProperty("@type").GetString());
        Assert.Equal("NHS: Leg cramps", first.GetProperty("name").GetString());
        Assert.Equal("Stretch and massage the muscle during a cramp.", first.GetProperty("abstract").GetString());
        Assert.Equal("https://www.nhs.uk/conditions/leg-cramps/", first.GetProperty("url").GetString());
        Assert.Equal(["cramps", "self-care"], first.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()));

        var second = claims[1].GetProperty("appearance");
        Assert.False(second.TryGetProperty("url", out _), "a seed document has no address");
        Assert.False(second.TryGetProperty("keywords", out _));
    }

    [Fact]
    public void KeepsToTeamsLengthLimits()
    {
        var tooLong = new Citation(1, new string('n', 200), new string('a', 400), null, ["one", "two", "three", "four", new string('k', 40)]);
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(CitationEntities.Create([tooLong]), BotJson.Options));
        var appearance = json.RootElement.GetProperty("citation")[0].GetProperty("appearance");

        Assert.Equal(CitationEntities.MaxNameLength, appearance.GetProperty("name").GetString()!.Length);
        Assert.Equal(CitationEntities.MaxAbstractLength, appearance.GetProperty("abstract").GetString()!.Length);
        Assert.Equal(CitationEntities.MaxKeywords, appearance.GetProperty("keywords").GetArrayLength());
    }

    [Fact]
    public void RoundTripsThroughTheWireUnchanged()
    {
        var entity = CitationEntities.Create(Sources);
        var text = JsonSerializer.Serialize(entity, BotJson.Options);
        var back = JsonSerializer.Deserialize<Entity>(text, BotJson.Options)!;
        Assert.Equal(text, JsonSerializer.Serialize(back, BotJson.Options));
    }

    [Fact]
    public void WritesMarkdownReferenceDefinitionsForTheText()
    {
        Assert.Equal(
            "[1]: https://www.nhs.uk/conditions/leg-cramps/ \"NHS: Leg cramps\"\n[2]: cite:2 \"Muscle Spasms (002)\"",
            CitationEntities.ReferenceDefinitions(Sources));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void RejectsPositionsBelowOne(int position) =>
        Assert.Throws<ArgumentException>(() => CitationEntities.Create([new Citation(position, "n", "a")]));

    [Fact]
    public void RejectsDuplicatePositionsAndEmptyLists()
    {
        Assert.Throws<ArgumentException>(() => CitationEntities.Create([new Citation(1, "a", "a"), new Citation(1, "b", "b")]));
        Assert.Throws<ArgumentException>(() => CitationEntities.Create([]));
    }
}
