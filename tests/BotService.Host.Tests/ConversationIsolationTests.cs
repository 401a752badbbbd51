using System.Text.Json;
using BotService.Host.Tests.Support;
using BotService.Protocol.Schema;

namespace BotService.Host.Tests;

/// <summary>One conversation's ids can never name another conversation's stored state.</summary>
public sealed class ConversationIsolationTests
{
    [Fact]
    public async Task AConversationWhoseIdSpellsAnotherUsersPrivateStateKeyCanNeitherTouchNorEraseIt()
    {
        await using var harness = await HostHarness.StartAsync();
        const string victimConversation = "0f3c5a20-8a2b-11ee-b9d1-0242ac120002|livechat";
        var asked = await SayAsync(harness, victimConversation, "u2", "my left eyelid has been twitching for 4 days, lots of coffee");
        Assert.Contains("Do you have any of these as well?", asked, StringComparison.Ordinal);

        // Before, this conversation's state key was "emulator/conversations/{victim}/users/u2": u2's private dialog state.
        foreach (var conversation in new[] { $"{victimConversation}/users/u2", $"{victimConversation}/", victimConversation + "y" })
        {
            await SayAsync(harness, conversation, "u9", "hi");
            Assert.Contains("deleted", await SayAsync(harness, conversation, "u9", "delete my data"), StringComparison.OrdinalIgnoreCase);
        }

        using var outcome = JsonDocument.Parse(await SayAsync(harness, victimConversation, "u2", "none"));
        var disposition = outcome.RootElement.GetProperty("activities").EnumerateArray()
            .SelectMany(a => a.TryGetProperty("entities", out var e) ? e.EnumerateArray() : Enumerable.Empty<JsonElement>())
            .Single(e => e.GetProperty("type").GetString() == "triageOutcome");
        Assert.Equal("selfcare", disposition.GetProperty("disposition").GetString());
    }

    private static async Task<string> SayAsync(HostHarness harness, string conversationId, string userId, string text)
    {
        var message = harness.EmulatorActivity(ActivityTypes.Message, text);
        message.Conversation = new ConversationAccount(conversationId);
        message.From = new ChannelAccount(userId, "User", RoleTypes.User);
        message.DeliveryMode = DeliveryModes.ExpectReplies;
        using var response = await harness.PostAsync(message);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }
}
