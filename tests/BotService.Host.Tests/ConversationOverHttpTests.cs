using System.Net;
using System.Text.Json;
using BotService.Host.Tests.Support;
using BotService.Protocol.Schema;

namespace BotService.Host.Tests;

/// <summary>The product's conversation through the real host with deliveryMode expectReplies (the curl example in the README).</summary>
public sealed class ConversationOverHttpTests
{
    [Fact]
    public async Task ARedFlagComesBackInTheSameHttpResponseWithTheTriageOutcome()
    {
        await using var harness = await HostHarness.StartAsync();
        var message = harness.EmulatorActivity(ActivityTypes.Message, "my calf is cramping and now I have crushing chest pain");
        message.DeliveryMode = DeliveryModes.ExpectReplies;
        using var response = await harness.PostAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var reply = Assert.Single(body.RootElement.GetProperty("activities").EnumerateArray());
        Assert.StartsWith("**Please call 911 now**", reply.GetProperty("text").GetString(), StringComparison.Ordinal);
        var outcome = reply.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("type").GetString() == "triageOutcome");
        Assert.Equal("emergency", outcome.GetProperty("disposition").GetString());
        Assert.Equal("calf", outcome.GetProperty("findings").GetProperty("location").GetString());
    }

    [Fact]
    public async Task TheConversationKeepsItsPlaceBetweenRequests()
    {
        await using var harness = await HostHarness.StartAsync();
        var first = harness.EmulatorActivity(ActivityTypes.Message, "my left eyelid has been twitching for 4 days, lots of coffee");
        first.DeliveryMode = DeliveryModes.ExpectReplies;
        using var asked = await harness.PostAsync(first);
        Assert.Contains("Do you have any of these as well?", await asked.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var second = harness.EmulatorActivity(ActivityTypes.Message, "none");
        second.DeliveryMode = DeliveryModes.ExpectReplies;
        using var answered = await harness.PostAsync(second);
        using var body = JsonDocument.Parse(await answered.Content.ReadAsStringAsync());
        var outcome = body.RootElement.GetProperty("activities").EnumerateArray()
            .SelectMany(a => a.TryGetProperty("entities", out var e) ? e.EnumerateArray() : Enumerable.Empty<JsonElement>())
            .Single(e => e.GetProperty("type").GetString() == "triageOutcome");
        Assert.Equal("selfcare", outcome.GetProperty("disposition").GetString());
    }
}
